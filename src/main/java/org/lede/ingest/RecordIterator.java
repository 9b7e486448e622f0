package org.lede.ingest;

import java.io.Closeable;
import java.io.IOException;

/** Records of one file, read lazily so memory stays bounded by the largest record. */
public interface RecordIterator extends Closeable {
  /** The next record, or null at the end of the file. */
  ReadResult next() throws IOException;

  /**
   * Parts of the file that are not input records and were passed over, counted by what they are (a web
   * archive's request and metadata records, its responses that are not HTML pages).
   */
  default java.util.Map<String, Long> skipped() {
    return java.util.Map.of();
  }
}
