package org.lede.ingest;

/** Reject reason codes, a contract documented in src/docs/bad-input.md. */
public enum RejectReason {
  EMPTY_FILE("empty_file"),
  BINARY_FILE("binary_file"),
  UNREADABLE_FILE("unreadable_file"),
  CORRUPT_GZIP("corrupt_gzip"),
  UNKNOWN_FORMAT("unknown_format"),
  FILE_TOO_LARGE("file_too_large"),
  RECORD_TOO_LARGE("record_too_large"),
  MALFORMED_JSON("malformed_json"),
  MALFORMED_CSV("malformed_csv"),
  MISSING_TEXT_COLUMN("missing_text_column"),
  INVALID_FIELD("invalid_field"),
  MISSING_TEXT("missing_text"),
  NO_BODY("no_body"),
  NO_WORDS("no_words"),
  DUPLICATE_ID("duplicate_id"),
  NOT_AN_ARTICLE("not_an_article"),
  AMBIGUOUS_JSON("ambiguous_json"),
  RECORDS_NOT_FOUND("records_not_found"),
  MALFORMED_WARC("malformed_warc"),
  TRUNCATED_RECORD("truncated_record"),
  CORRUPT_PARQUET("corrupt_parquet"),
  UNDECODABLE_PAYLOAD("undecodable_payload"),
  ANALYSIS_FAILED("analysis_failed"),
  UNWRITABLE_RECORD("unwritable_record");

  private final String code;

  RejectReason(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
