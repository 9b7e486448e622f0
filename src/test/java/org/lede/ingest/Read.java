package org.lede.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Test helper: read bytes as if they were a file of the given name, record by record as the job does. */
public final class Read {
  private Read() {}

  /** Every record of the file, through {@link FileReader#next} until it returns null, as the job reads. */
  public static List<ReadResult> all(String name, FileReader.Opener opener, IngestOptions options) {
    List<ReadResult> out = new java.util.ArrayList<>();
    try (FileReader r = new FileReader(name, opener, options)) {
      for (ReadResult x; (x = r.next()) != null; ) {
        out.add(x);
      }
    }
    return out;
  }

  public static List<ReadResult> bytes(String name, byte[] content) {
    return all(name, () -> new ByteArrayInputStream(content), IngestOptions.defaults());
  }

  static List<ReadResult> text(String name, String content) {
    return bytes(name, content.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] gzip(byte[] b) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream g = new GZIPOutputStream(out)) {
        g.write(b);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RawArticle article(ReadResult r) {
    if (!(r instanceof RawArticle a)) {
      throw new AssertionError("expected an article, got " + r);
    }
    return a;
  }

  static Reject reject(ReadResult r) {
    if (!(r instanceof Reject j)) {
      throw new AssertionError("expected a reject, got " + r);
    }
    return j;
  }
}
