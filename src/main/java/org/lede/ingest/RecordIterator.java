package org.lede.ingest;

import java.io.Closeable;
import java.io.IOException;

/** Records of one file, read lazily so memory stays bounded by the largest record. */
public interface RecordIterator extends Closeable {
  /** The next record, or null at the end of the file. */
  ReadResult next() throws IOException;
}
