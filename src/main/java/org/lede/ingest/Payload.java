package org.lede.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;

/**
 * An archived HTTP payload with its {@code Content-Encoding} undone: gzip, deflate (zlib-wrapped as the
 * standard says, or raw as many servers send it) or brotli; identity when there is none.
 *
 * <p>Crawlers often store a body already decoded but keep the server's {@code Content-Encoding} header
 * (Common Crawl renames it only since 2018; Heritrix-era and ClueWeb archives keep it). When the bytes do not
 * decode as the header says, they are looked at as they are: bytes that are text (no gzip, zlib or brotli
 * magic, and not binary) are the payload, flagged {@code content_encoding_mismatch}. A compressed payload cut
 * short keeps what decodes, flagged {@code truncated_payload}. Only bytes that neither decode nor read as
 * text are an error.
 *
 * @param bytes the decoded payload, or null with an error
 * @param flags {@code content_encoding_mismatch}, {@code truncated_payload}, or none
 * @param error why the payload cannot be read, or null
 */
record Payload(byte[] bytes, List<String> flags, String error) {
  /** The body is stored decoded although its headers name an encoding. */
  static final String CONTENT_ENCODING_MISMATCH = "content_encoding_mismatch";

  /** Decodes {@code raw} as {@code encodings} (in the order applied, so undone last to first). */
  static Payload decode(byte[] raw, List<String> encodings, int maxBytes) {
    boolean identity = encodings.stream().allMatch(e -> isIdentity(e.strip().toLowerCase(Locale.ROOT)));
    if (identity) {
      return new Payload(raw, List.of(), null);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, Math.max(raw.length * 4, 1 << 12)));
    try (InputStream in = stream(raw, encodings)) {
      byte[] buf = new byte[1 << 14];
      int n;
      while ((n = in.read(buf)) > 0) {
        out.write(buf, 0, n);
        if (out.size() > maxBytes) {
          break; // the caller sees more than the limit and rejects the record as too large
        }
      }
      return new Payload(out.toByteArray(), List.of(), null);
    } catch (EOFException e) {
      if (out.size() > 0 && (looksCompressed(raw) || Decoded.looksBinary(raw, raw.length))) {
        return new Payload(out.toByteArray(), List.of(WarcFormat.TRUNCATED_PAYLOAD), null);
      }
      return asStored(raw, e);
    } catch (IOException | RuntimeException e) {
      return asStored(raw, e);
    }
  }

  /** The stored bytes when they are text although the header says otherwise. */
  private static Payload asStored(byte[] raw, Exception e) {
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (raw.length == 0 || looksCompressed(raw) || Decoded.looksBinary(raw, raw.length)) {
      return new Payload(null, List.of(), why);
    }
    return new Payload(raw, List.of(CONTENT_ENCODING_MISMATCH), null);
  }

  /** gzip's magic bytes, or a zlib header: compressed data that is really damaged, not stored as text. */
  private static boolean looksCompressed(byte[] b) {
    if (b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
      return true;
    }
    int c0 = b[0] & 0xFF;
    return b.length >= 2 && (c0 & 0x0F) == 8 && ((c0 << 8) | (b[1] & 0xFF)) % 31 == 0;
  }

  private static boolean isIdentity(String e) {
    return e.isEmpty() || e.equals("identity") || e.equals("none");
  }

  private static InputStream stream(byte[] raw, List<String> encodings) throws IOException {
    InputStream in = new ByteArrayInputStream(raw);
    for (int i = encodings.size() - 1; i >= 0; i--) {
      String e = encodings.get(i).strip().toLowerCase(Locale.ROOT);
      switch (e) {
        case "", "identity", "none" -> { }
        case "gzip", "x-gzip" -> in = new GZIPInputStream(in, 1 << 14);
        case "deflate" -> {
          BufferedInputStream b = new BufferedInputStream(in, 1 << 14);
          b.mark(2);
          int c0 = b.read();
          int c1 = b.read();
          b.reset();
          boolean zlib = c0 >= 0 && c1 >= 0 && (c0 & 0x0F) == 8 && ((c0 << 8) | c1) % 31 == 0;
          in = new InflaterInputStream(b, new Inflater(!zlib), 1 << 14);
        }
        case "br" -> in = new BrotliInputStream(in);
        default -> throw new IOException("unsupported encoding '" + e + "'");
      }
    }
    return in;
  }
}
