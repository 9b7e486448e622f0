package org.lede.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;

/** Stable identifiers and content hashes. */
public final class ArticleIds {
  private ArticleIds() {}

  /**
   * The record's own id when it has one; otherwise the first 16 hex digits of SHA-256 over the file's full
   * path, a NUL and the record's position in the file.
   */
  public static String articleId(String ownId, String sourcePath, long recordIndex) {
    if (ownId != null && !ownId.isBlank()) {
      return ownId.trim();
    }
    return sha256(sourcePath + '\u0000' + recordIndex).substring(0, 16);
  }

  /**
   * SHA-256 of the normalised text: title and paragraphs, Unicode NFC, runs of whitespace as one space,
   * joined by blank lines. Equal for the same article read from different formats.
   */
  public static String contentSha256(String title, List<String> paragraphs) {
    StringBuilder b = new StringBuilder();
    if (title != null) {
      b.append(collapse(title)).append("\n\n");
    }
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0) {
        b.append("\n\n");
      }
      b.append(collapse(paragraphs.get(i)));
    }
    return sha256(isNfc(b) ? b.toString() : Normalizer.normalize(b, Normalizer.Form.NFC));
  }

  /**
   * True when the text is its own NFC form for certain: no character from U+0300 on (combining marks, Hangul
   * jamo and everything else NFC composes start there). The common case skips the normaliser's copy.
   */
  private static boolean isNfc(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x300) {
        return false;
      }
    }
    return true;
  }

  /** Trims and turns every run of whitespace into one space, in one pass. */
  static String collapse(String s) {
    if (isCollapsed(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  /** No whitespace but single spaces between non-space characters: nothing to collapse. */
  private static boolean isCollapsed(String s) {
    int n = s.length();
    if (n > 0 && (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ')) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ' ? s.charAt(i + 1) == ' ' : c <= ' ' || c > 127 && Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  public static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
