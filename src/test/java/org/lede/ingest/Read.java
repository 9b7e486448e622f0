package org.lede.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Test helper: read bytes as if they were a file of the given name. */
final class Read {
  private Read() {}

  static List<ReadResult> bytes(String name, byte[] content) {
    return FileReader.readAll(name, () -> new ByteArrayInputStream(content), IngestOptions.defaults());
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
