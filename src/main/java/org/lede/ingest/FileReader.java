package org.lede.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.lede.ingest.html.HtmlReader;

/**
 * Reads one input file into records. Picks the format (forced, or by extension), unwraps gzip, and turns every
 * failure into a {@link Reject} naming the file and position: it never throws for bad content. Records already
 * read before a failure (for example a truncated gzip) are kept; the failure is one more reject.
 */
public final class FileReader implements RecordIterator {
  /** Opens the file's bytes from the start; called once for most formats, once per pass for some. */
  public interface Opener {
    InputStream open() throws IOException;
  }

  private final String path;
  private final Opener opener;
  private final IngestOptions options;
  private final FilePart part;
  private RecordIterator inner;
  private boolean started;
  private boolean finished;
  private long yielded;

  public FileReader(String path, Opener opener, IngestOptions options) {
    this(path, opener, options, null);
  }

  /**
   * Reads one part of a JSON Lines file ({@link FilePart}; null for the whole file). {@code opener} opens the
   * file at the byte before the part (at 0 for the first part).
   */
  public FileReader(String path, Opener opener, IngestOptions options, FilePart part) {
    this.path = path;
    this.opener = opener;
    this.options = options;
    this.part = part;
  }

  @Override
  public ReadResult next() {
    if (finished) {
      return null;
    }
    try {
      if (!started) {
        started = true;
        ReadResult whole = start();
        if (whole != null) {
          finished = true;
          yielded++;
          return whole;
        }
      }
      ReadResult r = inner.next();
      if (r == null) {
        finish();
        if (yielded == 0 && inner.skipped().isEmpty() && part == null) {
          yielded++;
          return Reject.of(path, "file", RejectReason.EMPTY_FILE, "the file holds no records", null);
        }
        return null;
      }
      yielded++;
      return r;
    } catch (IOException | RuntimeException e) {
      finish();
      yielded++;
      long before = yielded - 1 + (part == null ? 0 : part.firstRecord());
      String where = yielded <= 1 ? (part == null ? "file" : "line " + part.firstLine()) : "after record " + before;
      if (isGzipError(e)) {
        return Reject.of(path, where, RejectReason.CORRUPT_GZIP, "gzip data is corrupt or truncated: " + message(e), null);
      }
      return Reject.of(path, where, RejectReason.UNREADABLE_FILE, "could not read the file: " + message(e), null);
    }
  }

  @Override
  public Map<String, Long> skipped() {
    return inner == null ? Map.of() : inner.skipped();
  }

  /** The file's bytes from the start, gzip unwrapped when the name ends in .gz. */
  private InputStream decompressed() throws IOException {
    InputStream raw = new BufferedInputStream(opener.open(), 1 << 16);
    return Format.isGzip(path) ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
  }

  /** Sets up streaming formats; returns the single result for one-article-per-file formats. */
  private ReadResult start() throws IOException {
    Format format = options.format() != null ? options.format() : Format.detect(path);
    if (part != null) {
      inner = new JsonLinesFormat(path, opener.open(), options, part); // a part of a file the job split
      return null;
    }
    if (format == null) {
      return Reject.of(path, "file", RejectReason.UNKNOWN_FORMAT, "cannot tell the format from the file name;"
          + " use --format txt|jsonl|json|csv|html|warc|parquet", null);
    }
    InputStream raw = new BufferedInputStream(opener.open(), 1 << 16);
    raw.mark(1);
    if (raw.read() < 0) {
      raw.close();
      return Reject.of(path, "file", RejectReason.EMPTY_FILE, "the file is empty (0 bytes)", null);
    }
    raw.reset();
    if (format == Format.WARC) {
      raw.close(); // web archives are read by jwarc, gzip members and all, from their raw bytes
      inner = new WarcFormat(path, offset -> {
        InputStream in = opener.open();
        for (long left = offset; left > 0; ) {
          long n = in.skip(left);
          if (n <= 0) {
            break; // past the end: the stream is empty from here
          }
          left -= n;
        }
        return in;
      }, options);
      return null;
    }
    if (format == Format.PARQUET) {
      raw.close();
      return Reject.of(path, "file", RejectReason.UNKNOWN_FORMAT,
          "Parquet files are read by the Spark job, not one by one", null);
    }
    // the first bytes are looked at, then read again ahead of the rest; no buffering stream sits on top of the
    // gzip stream, so a read of the line formats returns what inflates before it meets damage further on
    InputStream body = Format.isGzip(path) ? new GZIPInputStream(raw, 1 << 16) : raw;
    byte[] head = body.readNBytes(8192);
    InputStream in = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), body);
    if (head.length == 0) {
      in.close();
      return Reject.of(path, "file", RejectReason.EMPTY_FILE, "the file is empty", null);
    }
    if (Decoded.looksBinary(head, head.length)) {
      in.close();
      return Reject.of(path, "file", RejectReason.BINARY_FILE,
          "the file looks like binary data, not " + format.name().toLowerCase(java.util.Locale.ROOT) + " text", null);
    }
    switch (format) {
      case JSONL:
        inner = new JsonLinesFormat(path, in, options);
        return null;
      case JSON:
        in.close();
        inner = new JsonDocumentFormat(path, this::decompressed, options);
        return null;
      case CSV:
        inner = new CsvFormat(path, in, options);
        return null;
      default:
        break;
    }
    byte[] bytes;
    try (InputStream s = in) {
      bytes = s.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, options.maxFileBytes() + 1));
      if (bytes.length > options.maxFileBytes()) {
        return Reject.of(path, "file", RejectReason.FILE_TOO_LARGE,
            "the file is larger than input.max-file-bytes (" + options.maxFileBytes() + " bytes)", null);
      }
    }
    if (format == Format.HTML) {
      Decoded d = Decoded.ofHtml(bytes, bytes.length, null);
      return HtmlReader.read(path, "file", 0, d.text(), null, d.flags());
    }
    Decoded d = Decoded.of(bytes);
    return TextFormat.parse(path, d.text(), d.flags());
  }

  private static boolean isGzipError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ZipException || t instanceof EOFException) {
        return true;
      }
    }
    return false;
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  private void finish() {
    finished = true;
    if (inner != null) {
      try {
        inner.close();
      } catch (IOException ignored) {
        // closing after the last record: nothing more can be read or lost
      }
    }
  }

  @Override
  public void close() {
    finish();
  }
}
