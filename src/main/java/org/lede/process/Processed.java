package org.lede.process;

import org.lede.ingest.Reject;

/** What a record becomes: an article ready for the tables, or a reject. */
public sealed interface Processed permits ProcessedArticle, Processed.Rejected {
  /** The record is a reject (the reader's, or the processor's: {@code no_words}, {@code analysis_failed}). */
  record Rejected(Reject reject) implements Processed {}
}
