package org.lede.spark.input;

/**
 * A failure that stopped the analysis of a record in a way no reject can hold (the executor ran out of memory,
 * a reader failed outside its own error handling): it names the file and the record, so that the failed run
 * says which input stopped it.
 */
public final class RecordFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String record;

  private RecordFailure(String file, String record, String message, Throwable cause) {
    super(message, cause);
    this.file = file;
    this.record = record;
  }

  static RecordFailure reading(String file, Throwable cause) {
    return new RecordFailure(file, null, "reading " + file + " failed: " + cause, cause);
  }

  static RecordFailure analysing(String file, String record, Throwable cause) {
    return new RecordFailure(file, record, "analysing " + file + " (" + record + ") failed: " + cause, cause);
  }

  public String file() {
    return file;
  }

  /** The record's locator, or null when the failure came while reading the file. */
  public String record() {
    return record;
  }
}
