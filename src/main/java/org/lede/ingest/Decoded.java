package org.lede.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Bytes to text. A byte-order mark picks UTF-8 or UTF-16; otherwise the bytes are read as UTF-8. Bytes that
 * are not valid UTF-8 are decoded as Windows-1252 (flag {@code decoded_windows_1252}) when no valid multi-byte
 * UTF-8 sequence appears at all, which is what Latin-1 text looks like; otherwise each invalid sequence
 * becomes U+FFFD (flag {@code invalid_utf8}).
 */
public record Decoded(String text, List<String> flags) {
  public static final String INVALID_UTF8 = "invalid_utf8";
  public static final String WINDOWS_1252 = "decoded_windows_1252";
  public static final String UTF16 = "decoded_utf16";

  public static Decoded of(byte[] b, int off, int len) {
    if (len >= 3 && (b[off] & 0xFF) == 0xEF && (b[off + 1] & 0xFF) == 0xBB && (b[off + 2] & 0xFF) == 0xBF) {
      off += 3;
      len -= 3;
    } else if (len >= 2 && (b[off] & 0xFF) == 0xFF && (b[off + 1] & 0xFF) == 0xFE) {
      return new Decoded(new String(b, off + 2, len - 2, StandardCharsets.UTF_16LE), List.of(UTF16));
    } else if (len >= 2 && (b[off] & 0xFF) == 0xFE && (b[off + 1] & 0xFF) == 0xFF) {
      return new Decoded(new String(b, off + 2, len - 2, StandardCharsets.UTF_16BE), List.of(UTF16));
    }
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer cb = strict.decode(ByteBuffer.wrap(b, off, len));
      return new Decoded(cb.toString(), List.of());
    } catch (CharacterCodingException e) {
      if (!hasValidMultibyte(b, off, len)) {
        return new Decoded(new String(b, off, len, Charset.forName("windows-1252")), List.of(WINDOWS_1252));
      }
      return new Decoded(new String(b, off, len, StandardCharsets.UTF_8), List.of(INVALID_UTF8));
    }
  }

  public static Decoded of(byte[] b) {
    return of(b, 0, b.length);
  }

  private static final java.util.regex.Pattern META_CHARSET = java.util.regex.Pattern.compile(
      "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([a-z0-9_.:\\-]{1,40})");

  /**
   * An HTML page's bytes: a byte-order mark first, then the charset its HTTP response declares, then the one
   * its own {@code <meta charset>} (or {@code http-equiv} content type) names in its first 4 KiB, then
   * {@link #of} as for any text. Labels are read as browsers read them: ISO-8859-1, Latin-1 and ASCII mean
   * Windows-1252. An unknown or unsupported label is ignored.
   */
  public static Decoded ofHtml(byte[] b, int len, String declaredCharset) {
    if (len >= 2 && ((b[0] & 0xFF) == 0xEF || (b[0] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFE)) {
      Decoded bom = of(b, 0, len);
      if (!bom.flags().contains(INVALID_UTF8) && !bom.flags().contains(WINDOWS_1252)) {
        return bom;
      }
    }
    Charset cs = charset(declaredCharset);
    if (cs == null) {
      String head = new String(b, 0, Math.min(len, 4096), StandardCharsets.ISO_8859_1);
      java.util.regex.Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        cs = charset(m.group(1));
      }
    }
    if (cs == null || cs.equals(StandardCharsets.UTF_8)) {
      return of(b, 0, len);
    }
    return new Decoded(new String(b, 0, len, cs), List.of());
  }

  private static Charset charset(String label) {
    if (label == null || label.isBlank()) {
      return null;
    }
    String l = label.strip().toLowerCase(java.util.Locale.ROOT);
    if (l.equals("iso-8859-1") || l.equals("latin1") || l.equals("latin-1") || l.equals("us-ascii")
        || l.equals("ascii") || l.equals("iso8859-1")) {
      return Charset.forName("windows-1252");
    }
    try {
      return Charset.isSupported(l) ? Charset.forName(l) : null;
    } catch (IllegalArgumentException e) {
      return null; // an illegal charset name: as if none were declared
    }
  }

  /** True when some multi-byte UTF-8 sequence in the bytes is well formed. */
  static boolean hasValidMultibyte(byte[] b, int off, int len) {
    int end = off + len;
    for (int i = off; i < end; i++) {
      int c = b[i] & 0xFF;
      int need = c >= 0xF0 && c <= 0xF4 ? 3 : c >= 0xE0 ? (c <= 0xEF ? 2 : 0) : c >= 0xC2 && c <= 0xDF ? 1 : 0;
      if (need == 0 || i + need >= end) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k <= need; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          ok = false;
          break;
        }
      }
      if (ok) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the first 8 KiB look like binary data rather than text: a NUL byte (without a UTF-16 mark), or
   * more than 10% control characters other than tab, newline, carriage return and form feed.
   */
  public static boolean looksBinary(byte[] b, int len) {
    if (len >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
      return false;
    }
    int n = Math.min(len, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return true;
      }
      if (c < 32 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 27) {
        control++;
      }
    }
    return n > 0 && control * 10 > n;
  }
}
