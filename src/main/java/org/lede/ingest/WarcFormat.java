package org.lede.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipException;
import org.lede.ingest.html.HtmlReader;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * A web archive ({@code .warc}, {@code .warc.gz} with one gzip member per record as Common Crawl writes
 * them, or an ARC file), read record by record with jwarc, so memory is bounded by the largest page.
 *
 * <p>What each record becomes:
 * <ul>
 *   <li>a {@code response} with a 2xx status and an HTML or XHTML payload, or an HTML {@code resource}: one
 *       input record, an article from the {@link HtmlReader} (or its reject). The HTTP payload is decoded
 *       (chunked transfer encoding, {@code Content-Encoding} gzip, deflate or brotli) and its charset taken
 *       from the HTTP header, else the page. Its URL is {@code WARC-Target-URI} unless the page names a
 *       canonical one; {@code WARC-Date} is the capture time. A payload the crawler cut at its size limit
 *       ({@code WARC-Truncated}) is read as it is, with the flag {@code truncated_payload};
 *   <li>a response that is not HTML, or has another status, and every {@code request}, {@code metadata},
 *       {@code warcinfo}, {@code revisit} (and other) record: skipped, and counted by what it is in
 *       {@link #skipped()} ({@code not_html}, {@code http_3xx}, {@code request}, ...), not a record read;
 *   <li>a record that cannot be read (broken headers, a {@code Content-Length} that does not match, corrupt
 *       gzip): a reject ({@code malformed_warc}, {@code corrupt_gzip}, {@code truncated_record}); reading
 *       resumes at the next record found after it (the next gzip member, or the next {@code WARC/} header).
 * </ul>
 * Locators name the record and its byte offset in the file: "record 12 (offset 48213)".
 */
final class WarcFormat implements RecordIterator {
  /** Opens the file's raw (still compressed) bytes at a byte offset. */
  interface Source {
    InputStream openAt(long offset) throws IOException;
  }

  /** The crawler cut the payload at its size limit; the page was read as far as it goes. */
  static final String TRUNCATED_PAYLOAD = "truncated_payload";

  private final String path;
  private final Source source;
  private final IngestOptions options;
  private final Map<String, Long> skipped = new TreeMap<>();
  private final java.util.ArrayDeque<ReadResult> ready = new java.util.ArrayDeque<>();
  private ReadResult held;
  private String lastLocator;
  private long lastOffset;
  private WarcReader reader;
  private long base;
  private long ordinal;
  private boolean done;
  private boolean compressed;

  WarcFormat(String path, Source source, IngestOptions options) {
    this.path = path;
    this.source = source;
    this.options = options;
  }

  @Override
  public Map<String, Long> skipped() {
    return skipped;
  }

  @Override
  public ReadResult next() throws IOException {
    while (ready.isEmpty() && !done) {
      step();
    }
    return ready.poll();
  }

  /**
   * Reads one more WARC record. A record's result is held back until the next record has been found: only
   * then is its framing (the blank lines after its declared Content-Length) known to be sound, and a record
   * whose framing is not becomes a reject instead of the article its cut-off bytes would have made.
   */
  private void step() throws IOException {
    if (reader == null) {
      reader = new WarcReader(source.openAt(base));
      if (base == 0) {
        compressed = reader.compression() == WarcCompression.GZIP;
      }
    }
    Optional<WarcRecord> rec;
    try {
      rec = reader.next();
    } catch (IOException | RuntimeException e) {
      long at = base + reader.position();
      if (lastLocator != null && isFraming(e)) {
        held = null; // the last record's bytes did not end where its headers said: it is the damaged one
        ready.add(damaged(lastLocator, e));
        resync(lastOffset);
      } else {
        release();
        ready.add(damaged("record " + (++ordinal) + " (offset " + at + ")", e));
        resync(at);
      }
      lastLocator = null;
      return;
    }
    release();
    if (rec.isEmpty()) {
      done = true;
      reader.close();
      return;
    }
    WarcRecord record = rec.get();
    long offset = base + reader.position();
    long recordIndex = ordinal++;
    String locator = "record " + (recordIndex + 1) + " (offset " + offset + ")";
    lastLocator = locator;
    lastOffset = offset;
    try {
      held = read(record, locator, recordIndex);
    } catch (IOException | RuntimeException e) {
      ready.add(damaged(locator, e));
      lastLocator = null;
      resync(offset);
    }
  }

  private void release() {
    if (held != null) {
      ready.add(held);
      held = null;
    }
  }

  private static final java.util.regex.Pattern PARSE_POSITION =
      java.util.regex.Pattern.compile("invalid WARC record at position (\\d+)");

  /**
   * True when the bytes where the next record should begin are not a record start at all ("WARC/" fails
   * within its first bytes, or the blank lines after a body are missing): the previous record's
   * Content-Length did not match its bytes, so it is the damaged one. A record header that starts well and
   * breaks later is the next record's own damage.
   */
  private static boolean isFraming(Throwable e) {
    String m = e.getMessage();
    if (m == null) {
      return false;
    }
    if (m.contains("trailer") || m.contains("trailing")) {
      return true;
    }
    java.util.regex.Matcher at = PARSE_POSITION.matcher(m);
    return at.find() && Long.parseLong(at.group(1)) < "WARC/".length();
  }

  /** The input record a WARC record makes, or null when it is skipped (and counted). */
  private ReadResult read(WarcRecord record, String locator, long recordIndex) throws IOException {
    String type = record.type().toLowerCase(Locale.ROOT);
    MediaType contentType;
    MessageBody body;
    String target;
    if (record instanceof WarcResponse response) {
      if (!baseType(response.contentType()).equals("application/http")) {
        skip("not_http"); // DNS lookups and other protocols a crawler records
        return null;
      }
      HttpResponse http;
      try {
        http = response.http();
      } catch (IOException e) {
        return Reject.of(path, locator, RejectReason.MALFORMED_WARC,
            "the response record does not hold an HTTP response: " + message(e), null);
      }
      int status = http.status();
      if (status < 200 || status > 299) {
        skip("http_" + (status / 100) + "xx");
        return null;
      }
      contentType = http.contentType();
      body = http.bodyDecoded();
      target = response.target();
    } else if (record instanceof WarcResource resource) {
      contentType = resource.contentType();
      body = resource.body();
      target = resource.target();
    } else {
      skip(type);
      return null;
    }
    byte[] bytes = body.stream().readNBytes(options.maxRecordBytes() + 1);
    if (bytes.length > options.maxRecordBytes()) {
      return Reject.of(path, locator, RejectReason.RECORD_TOO_LARGE,
          "the page is larger than input.max-record-bytes (" + options.maxRecordBytes() + " bytes)", null);
    }
    if (!isHtml(contentType, bytes)) {
      skip("not_html");
      return null;
    }
    String charset = contentType == null ? null : contentType.parameters().get("charset");
    Decoded text = Decoded.ofHtml(bytes, bytes.length, charset);
    List<String> flags = text.flags();
    if (record.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
      flags = new java.util.ArrayList<>(flags);
      flags.add(TRUNCATED_PAYLOAD);
    }
    ReadResult r = HtmlReader.read(path, locator, recordIndex, text.text(), target, flags);
    return r instanceof RawArticle a ? a.capturedAt(record.date().toString()) : r;
  }

  /** HTML or XHTML by its declared type; a missing or generic type is decided by the payload's first bytes. */
  private static boolean isHtml(MediaType type, byte[] bytes) {
    String base = baseType(type);
    if (!base.isEmpty()) {
      if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
        return true;
      }
      if (!base.equals("application/octet-stream") && !base.equals("text/plain") && !base.equals("unknown/unknown")) {
        return false;
      }
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head");
  }

  /** "type/subtype" in lower case, or "" when there is no usable type. */
  private static String baseType(MediaType t) {
    if (t == null || t.type() == null || t.subtype() == null) {
      return "";
    }
    return (t.type() + "/" + t.subtype()).toLowerCase(Locale.ROOT);
  }

  private void skip(String what) {
    skipped.merge(what, 1L, Long::sum);
  }

  private Reject damaged(String locator, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ZipException) {
        return Reject.of(path, locator, RejectReason.CORRUPT_GZIP, "gzip data is corrupt: " + message(e), null);
      }
      if (t instanceof EOFException) {
        return Reject.of(path, locator, RejectReason.TRUNCATED_RECORD,
            "the file ends inside this record: " + message(e), null);
      }
    }
    return Reject.of(path, locator, RejectReason.MALFORMED_WARC,
        "the record cannot be read (its headers or Content-Length do not match its bytes): " + message(e), null);
  }

  /**
   * Moves to the first record that starts after {@code failedAt}: the next gzip member that begins a WARC
   * record, or the next line starting "WARC/" in an uncompressed file. Ends the file when there is none.
   */
  private void resync(long failedAt) throws IOException {
    closeQuietly();
    release();
    long pos = failedAt + 1;
    while (true) {
      long candidate = findMarker(pos);
      if (candidate < 0) {
        done = true;
        return;
      }
      try (WarcReader probe = new WarcReader(source.openAt(candidate))) {
        if (probe.next().isPresent()) {
          base = candidate;
          return;
        }
      } catch (IOException | RuntimeException e) {
        // not a record start after all (the marker bytes occur inside data): look further
      }
      pos = candidate + 1;
    }
  }

  /** Offset of the next gzip member header (or "WARC/" after a line break) at or after {@code from}, or -1. */
  private long findMarker(long from) throws IOException {
    byte[] marker = compressed ? new byte[] {0x1f, (byte) 0x8b, 0x08}
        : "\nWARC/".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    int skip = compressed ? 0 : 1; // the record starts after the line break
    try (InputStream in = new java.io.BufferedInputStream(source.openAt(from), 1 << 16)) {
      long pos = from;
      int matched = 0;
      int b;
      while ((b = in.read()) >= 0) {
        matched = (byte) b == marker[matched] ? matched + 1 : (byte) b == marker[0] ? 1 : 0;
        pos++;
        if (matched == marker.length) {
          return pos - marker.length + skip;
        }
      }
      return -1;
    }
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  private void closeQuietly() {
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException ignored) {
        // the reader is being replaced; its stream holds nothing more we can read
      }
      reader = null;
    }
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
  }
}
