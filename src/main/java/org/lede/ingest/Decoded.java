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
 * are mostly UTF-8 with a few damaged sequences keep UTF-8, each invalid sequence becoming U+FFFD (flag
 * {@code invalid_utf8}); bytes that are not UTF-8 at all are decoded in the legacy charset that reads best
 * ({@link LegacyCharset}: Windows-1252 for Western text, as Latin-1 files are, TIS-620 for Thai, Shift_JIS,
 * GB18030, ...), flagged {@code decoded_<charset>} ({@code decoded_windows_1252}, {@code decoded_tis_620}).
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
    // the common case first: the JDK's UTF-8 decoding (an intrinsic) puts U+FFFD where a sequence is
    // malformed, so a result without one was valid UTF-8
    String fast = new String(b, off, len, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return new Decoded(fast, List.of());
    }
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer cb = strict.decode(ByteBuffer.wrap(b, off, len));
      return new Decoded(cb.toString(), List.of());
    } catch (CharacterCodingException e) {
      String utf8 = new String(b, off, len, StandardCharsets.UTF_8);
      if (mostlyUtf8(utf8)) {
        return new Decoded(utf8, List.of(INVALID_UTF8));
      }
      Charset legacy = LegacyCharset.guess(b, off, len);
      return new Decoded(new String(b, off, len, legacy), List.of(flag(legacy)));
    }
  }

  /** The flag of text decoded from a legacy charset: {@code decoded_windows_1252}, {@code decoded_tis_620}, ... */
  static String flag(Charset cs) {
    return "decoded_" + cs.name().toLowerCase(java.util.Locale.ROOT).replace('-', '_');
  }

  /**
   * UTF-8 with some damaged sequences: at least as many well-formed non-ASCII characters as replacement
   * characters. Text in a legacy charset read as UTF-8 is mostly replacement characters (its bytes form a
   * valid sequence now and then by chance).
   */
  private static boolean mostlyUtf8(String s) {
    int replaced = 0;
    int good = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\uFFFD') {
        replaced++;
      } else if (c >= 0x80) {
        good++;
      }
    }
    return good > 0 && replaced <= good;
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
