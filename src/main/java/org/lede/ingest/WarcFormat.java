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
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
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
 *       (chunked transfer encoding, {@code Content-Encoding} gzip, deflate or brotli; a payload that cannot
 *       be decoded is an {@code undecodable_payload} reject) and its charset taken from the HTTP header, else
 *       the page. Its URL is {@code WARC-Target-URI} unless the page names a
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
   * then is its framing (its declared Content-Length) known to be sound, and a record whose framing is not
   * becomes a reject instead of the article its cut-off bytes would have made.
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
      recover(base + reader.position(), e);
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
      record.body().consume(); // to its end, so that damage inside this record is reported as this record's
    } catch (IOException | RuntimeException e) {
      ready.add(damaged(locator, e));
      resync(offset);
    }
  }

  private void release() {
    if (held != null) {
      ready.add(held);
      held = null;
    }
  }

  /**
   * After jwarc failed where it expected the record after the last one, at {@code failedAt}: decides which
   * record is damaged and where reading resumes. The last record is damaged when its declared Content-Length
   * ran past the start of the record after it, or stopped short of it (the bytes at {@code failedAt} are not
   * a record start, or jwarc's parse failed on its very first bytes: in a gzipped file the reported position
   * is already past the member that held the leftover bytes); otherwise the record at {@code failedAt} is. Reading resumes at the first sound record
   * after the damaged one.
   */
  private void recover(long failedAt, Throwable e) throws IOException {
    closeQuietly();
    if (isEof(e)) {
      // the file ends inside the record after the last one (each record's body was read to its end already)
      release();
      long at = lastLocator == null ? base : Math.max(findMarker(lastOffset + 1), lastOffset);
      ready.add(damaged("record " + (++ordinal) + " (offset " + at + ")", e));
      done = true;
      return;
    }
    if (lastLocator != null) {
      long next = nextRecordStart(lastOffset + 1);
      if (next >= 0 && next < failedAt || !isRecordStart(failedAt) || notARecordStart(e)) {
        held = null; // the last record's bytes did not end where its headers said
        ready.add(damaged(lastLocator, e));
        lastLocator = null;
        resumeAt(next);
        return;
      }
    }
    release();
    ready.add(damaged("record " + (++ordinal) + " (offset " + failedAt + ")", e));
    lastLocator = null;
    resumeAt(nextRecordStart(failedAt + 1));
  }

  /** The input record a WARC record makes, or null when it is skipped (and counted). */
  private ReadResult read(WarcRecord record, String locator, long recordIndex) throws IOException {
    String type = record.type().toLowerCase(Locale.ROOT);
    MediaType contentType;
    InputStream payload;
    String target;
    List<String> payloadFlags = List.of();
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
      List<String> encodings = http.headers().all("Content-Encoding");
      target = response.target();
      byte[] raw = http.body().stream().readNBytes(options.maxRecordBytes() + 1);
      Payload p = Payload.decode(raw, encodings, options.maxRecordBytes());
      if (p.error() != null) {
        return Reject.of(path, locator, RejectReason.UNDECODABLE_PAYLOAD,
            "the page's Content-Encoding " + encodings + " cannot be decoded (" + p.error()
                + ") and its bytes are not text", null);
      }
      payload = new java.io.ByteArrayInputStream(p.bytes());
      payloadFlags = p.flags();
    } else if (record instanceof WarcResource resource) {
      contentType = resource.contentType();
      payload = resource.body().stream();
      target = resource.target();
    } else if (record instanceof WarcConversion conversion) {
      return extractedText(conversion, locator, recordIndex);
    } else {
      // the kind is a key of the run summary: a record type that is not a plain word is "other"
      skip(isWatMetadata(record) ? "wat_metadata" : type.matches("[a-z0-9_-]{1,40}") ? type : "other");
      return null;
    }
    byte[] bytes = payload.readNBytes(options.maxRecordBytes() + 1);
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
    List<String> flags = new java.util.ArrayList<>(text.flags());
    flags.addAll(payloadFlags);
    if (record.truncated() != WarcTruncationReason.NOT_TRUNCATED && !flags.contains(TRUNCATED_PAYLOAD)) {
      flags.add(TRUNCATED_PAYLOAD);
    }
    ReadResult r = HtmlReader.read(path, locator, recordIndex, text.text(), target, flags);
    return r instanceof RawArticle a ? a.capturedAt(record.date().toString()) : r;
  }

  /**
   * A WET file's {@code conversion} record: the text a crawler extracted from a page, one article. Its first
   * line is the page's title; the lines of page furniture (menus, footers: short lines that are not
   * sentences) before the first and after the last line of running text are dropped ({@link ExtractedText}).
   * The target URI, the capture date and the language the crawler identified are kept.
   */
  private ReadResult extractedText(WarcConversion conversion, String locator, long recordIndex) throws IOException {
    byte[] bytes = conversion.body().stream().readNBytes(options.maxRecordBytes() + 1);
    if (bytes.length > options.maxRecordBytes()) {
      return Reject.of(path, locator, RejectReason.RECORD_TOO_LARGE,
          "the text is larger than input.max-record-bytes (" + options.maxRecordBytes() + " bytes)", null);
    }
    Decoded text = Decoded.of(bytes);
    String language = conversion.headers().first("WARC-Identified-Content-Language")
        .map(l -> Languages.iso639(l.split(",")[0])).orElse(null);
    return ExtractedText.read(path, locator, recordIndex, text.text(), conversion.target(), language,
        conversion.date().toString(), text.flags());
  }

  /** A WAT file's record: the metadata a crawler derived from a capture, as JSON. */
  private static boolean isWatMetadata(WarcRecord record) {
    return record.type().equalsIgnoreCase("metadata")
        && baseType(record.contentType()).equals("application/json");
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

  private static final java.util.regex.Pattern PARSE_POSITION =
      java.util.regex.Pattern.compile("invalid WARC record at position (\\d+)");

  /** jwarc's parse failed before "WARC/" was through, or on the blank lines after a body. */
  private static boolean notARecordStart(Throwable e) {
    String m = e.getMessage();
    if (m == null) {
      return false;
    }
    java.util.regex.Matcher at = PARSE_POSITION.matcher(m);
    return m.contains("trailer") || m.contains("trailing") || at.find() && Long.parseLong(at.group(1)) < 5;
  }

  private static boolean isEof(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EOFException || t.getMessage() != null && t.getMessage().contains("unexpected end")) {
        return true;
      }
    }
    return false;
  }

  /** Reading goes on at a record start, or the file ends when there is none. */
  private void resumeAt(long start) {
    release();
    if (start < 0) {
      done = true;
    } else {
      base = start;
    }
  }

  /** After a record that could not be read: reading goes on at the first sound record after it. */
  private void resync(long failedAt) throws IOException {
    closeQuietly();
    lastLocator = null;
    resumeAt(nextRecordStart(failedAt + 1));
  }

  /**
   * Offset of the first record that starts at or after {@code from} and can be read (the next gzip member
   * that begins a WARC record, or the next line starting "WARC/" in an uncompressed file), or -1.
   */
  private long nextRecordStart(long from) throws IOException {
    long pos = from;
    while (true) {
      long candidate = findMarker(pos);
      if (candidate < 0 || isRecordStart(candidate)) {
        return candidate;
      }
      pos = candidate + 1;
    }
  }

  /** True when a record whose headers can be read starts at {@code offset}. */
  private boolean isRecordStart(long offset) {
    try (WarcReader probe = new WarcReader(source.openAt(offset))) {
      return probe.next().isPresent();
    } catch (IOException | RuntimeException e) {
      return false; // no record starts here: the marker bytes occur inside data
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
