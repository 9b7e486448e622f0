package org.lede.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * A byte range {@code [start, end)} of a JSON Lines file, read by one task: the lines that start in it, the
 * first of them line {@code firstLine} of the file and the first record record number {@code firstRecord}
 * (0-based, counting the lines that are not blank), so that locators and default ids are those of the whole
 * file. {@link #count} finds the line and record counts of a part, from which the job numbers the next parts.
 */
public record FilePart(long start, long end, long firstLine, long firstRecord) {
  /** The formats whose files lede splits into parts: one record per line, no record spans a line end. */
  public static boolean splittable(Format format, String path) {
    return format == Format.JSONL && !Format.isGzip(path);
  }

  /** Lines and records (lines that are not blank) of a part. */
  public record Counts(long lines, long records) {}

  /**
   * Counts the lines and records of {@code [start, end)}; {@code in} is positioned at {@code start - 1} (at 0
   * when {@code start} is 0).
   */
  public static Counts count(InputStream in, long start, long end) throws IOException {
    try (LineSource s = new LineSource(in, Integer.MAX_VALUE - 16, new LineSource.Split(start, end, 1))) {
      LineSource.Counts c = s.count();
      return new Counts(c.lines(), c.nonBlank());
    }
  }
}
