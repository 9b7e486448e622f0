package org.lede.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Web archives written with jwarc for the tests, one gzip member per record (as Common Crawl writes them) or
 * uncompressed; the HTTP messages are composed byte by byte so that chunked transfer encoding, content
 * encodings and charsets are exactly what a crawler stores.
 */
public final class WarcFixtures {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final WarcWriter writer;
  private final boolean gzip;

  public WarcFixtures(boolean gzip) {
    this.gzip = gzip;
    try {
      writer = new WarcWriter(java.nio.channels.Channels.newChannel(out), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String page(String title, String... paragraphs) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><title>").append(title)
        .append(" | Harbour Times</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            + "<article><h1>").append(title).append("</h1>");
    for (String p : paragraphs) {
      b.append("<p>").append(p).append("</p>");
    }
    return b.append("</article><footer>Harbour Times</footer></body></html>").toString();
  }

  public WarcFixtures warcinfo() {
    return write(new Warcinfo.Builder().filename("test.warc.gz").date(Instant.parse("2024-05-01T00:00:00Z"))
        .build());
  }

  public WarcFixtures request(String url) {
    byte[] http = ("GET " + java.net.URI.create(url).getPath() + " HTTP/1.1\r\nHost: example.org\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    return write(new WarcRequest.Builder(url).date(Instant.parse("2024-05-01T10:00:00Z"))
        .body(MediaType.HTTP_REQUEST, http).build());
  }

  /** An HTTP response with the given status, headers (CRLF-separated lines) and already encoded body. */
  public WarcFixtures response(String url, String date, int status, String headers, byte[] body) {
    ByteArrayOutputStream http = new ByteArrayOutputStream();
    http.writeBytes(("HTTP/1.1 " + status + " X\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    http.writeBytes(body);
    return write(new WarcResponse.Builder(url).date(Instant.parse(date)).body(MediaType.HTTP_RESPONSE,
        http.toByteArray()).build());
  }

  public WarcFixtures html(String url, String date, String html) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    return response(url, date, 200, "Content-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length, body);
  }

  public WarcFixtures resource(String url, String html) {
    return write(new WarcResource.Builder(java.net.URI.create(url)).date(Instant.parse("2024-05-01T12:00:00Z"))
        .body(MediaType.HTML, html.getBytes(StandardCharsets.UTF_8)).build());
  }

  public WarcFixtures metadata(String url) {
    return write(new WarcMetadata.Builder().targetURI(url).date(Instant.parse("2024-05-01T10:00:00Z"))
        .body(MediaType.parse("application/warc-fields"), "fetchTimeMs: 120\r\n".getBytes(StandardCharsets.US_ASCII))
        .build());
  }

  /** A WET file's record: the text a crawler extracted from the page at {@code url}. */
  public WarcFixtures conversion(String url, String date, String text, String language) {
    WarcConversion.Builder b = new WarcConversion.Builder().addHeader("WARC-Target-URI", url).date(Instant.parse(date))
        .body(MediaType.parse("text/plain"), text.getBytes(StandardCharsets.UTF_8));
    if (language != null) {
      b.addHeader("WARC-Identified-Content-Language", language);
    }
    return write(b.build());
  }

  /** A WAT file's record: JSON metadata about the capture of {@code url}. */
  public WarcFixtures watMetadata(String url) {
    return write(new WarcMetadata.Builder().targetURI(url).date(Instant.parse("2024-05-01T10:00:00Z"))
        .body(MediaType.parse("application/json"), "{\"Envelope\": {}}".getBytes(StandardCharsets.US_ASCII))
        .build());
  }

  public WarcFixtures revisit(String url) {
    return write(new WarcRevisit.Builder(java.net.URI.create(url), java.net.URI.create(
        "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest")).date(Instant.parse("2024-05-02T10:00:00Z"))
        .build());
  }

  /** Raw bytes appended as they are (a hand-made, possibly broken record), gzipped as one member if gzip. */
  public WarcFixtures raw(String text) {
    byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
    out.writeBytes(gzip ? gzip(b) : b);
    return this;
  }

  public byte[] bytes() {
    return out.toByteArray();
  }

  private WarcFixtures write(WarcRecord r) {
    try {
      writer.write(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public static byte[] gzip(byte[] b) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (OutputStream g = new GZIPOutputStream(bo)) {
        g.write(b);
      }
      return bo.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A body in HTTP chunked transfer encoding, in chunks of {@code size} bytes. */
  public static byte[] chunked(byte[] body, int size) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int i = 0; i < body.length; i += size) {
      int n = Math.min(size, body.length - i);
      b.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      b.write(body, i, n);
      b.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    b.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return b.toByteArray();
  }

  public static byte[] encode(String s, Charset cs) {
    return s.getBytes(cs);
  }
}
