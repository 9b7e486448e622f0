package org.lede.config;

/** A configuration or input problem the user can fix: the CLI exits with code 3 and prints the message. */
public class ConfigError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigError(String message) {
    super(message);
  }

  public ConfigError(String message, Throwable cause) {
    super(message, cause);
  }
}
