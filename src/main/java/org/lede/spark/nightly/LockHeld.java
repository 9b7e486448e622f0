package org.lede.spark.nightly;

import org.lede.config.ConfigError;

/**
 * Another run holds the output's lock for the run date: the CLI exits with code 5, the one failure that
 * waiting and trying again fixes (schedulers retry it, and only it and unexpected failures).
 */
public final class LockHeld extends ConfigError {
  private static final long serialVersionUID = 1L;

  LockHeld(String message) {
    super(message);
  }
}
