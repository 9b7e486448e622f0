package org.lede.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a block of text into paragraphs. Line endings (CRLF, CR, LF) are normalised first. When the text
 * has blank lines, paragraphs are the blocks between them and single line breaks inside a block are wrapped
 * lines (joined with a space); when it has none, every non-empty line is a paragraph.
 */
public final class Paragraphs {
  private Paragraphs() {}

  public static String normaliseNewlines(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  public static List<String> split(String text) {
    String t = normaliseNewlines(text);
    String[] lines = t.split("\n", -1);
    return split(lines, 0, lines.length);
  }

  /** Paragraphs of {@code lines[from, to)}. */
  public static List<String> split(String[] lines, int from, int to) {
    // blank lines count only between text lines, not before the first or after the last
    boolean hasBlank = false;
    boolean seenText = false;
    boolean blankAfterText = false;
    for (int i = from; i < to && !hasBlank; i++) {
      if (isBlank(lines[i])) {
        blankAfterText = seenText;
      } else {
        hasBlank = blankAfterText;
        seenText = true;
      }
    }
    List<String> out = new ArrayList<>();
    if (!hasBlank) {
      for (int i = from; i < to; i++) {
        String l = clean(lines[i]);
        if (!l.isEmpty()) {
          out.add(l);
        }
      }
      return out;
    }
    StringBuilder cur = new StringBuilder();
    for (int i = from; i < to; i++) {
      String l = clean(lines[i]);
      if (l.isEmpty()) {
        flush(cur, out);
      } else {
        if (cur.length() > 0) {
          cur.append(' ');
        }
        cur.append(l);
      }
    }
    flush(cur, out);
    return out;
  }

  private static void flush(StringBuilder cur, List<String> out) {
    if (cur.length() > 0) {
      out.add(cur.toString());
      cur.setLength(0);
    }
  }

  /** Trims whitespace (including no-break spaces) and drops the byte-order mark. */
  public static String clean(String line) {
    String l = line.indexOf('\uFEFF') >= 0 ? line.replace("\uFEFF", "") : line;
    int s = 0;
    int e = l.length();
    while (s < e && isSpace(l.charAt(s))) {
      s++;
    }
    while (e > s && isSpace(l.charAt(e - 1))) {
      e--;
    }
    return l.substring(s, e);
  }

  public static boolean isBlank(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!isSpace(c) && c != '\uFEFF') {
        return false;
      }
    }
    return true;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }
}
