package org.lede.process;

import java.util.Collection;

/**
 * The rules that make every value valid for the table it goes to, whatever the input held. Strings: an
 * unpaired UTF-16 surrogate (a JSON {@code "\ud800"} escape, half of an emoji cut by a source) becomes U+FFFD
 * (flag {@code invalid_unicode}; Parquet's UTF-8 writer would turn it into '?' silently), and NUL and the other
 * control characters but tab, line feed and carriage return are removed (flag {@code control_characters};
 * they break CSV exports, PostgreSQL and terminal output). Metadata strings longer than their column allows
 * are cut at a character boundary with an ellipsis (flag {@code oversized_field}). Numbers: NaN and the
 * infinities are not measures; they become null (flag {@code invalid_number}).
 */
public final class TableValues {
  private TableValues() {}

  public static final String INVALID_UNICODE = "invalid_unicode";
  public static final String CONTROL_CHARACTERS = "control_characters";
  public static final String OVERSIZED_FIELD = "oversized_field";
  public static final String INVALID_NUMBER = "invalid_number";
  public static final String IMPLAUSIBLE_DATE = "implausible_date";

  /** Characters kept of a raw value that was replaced, in {@code raw_values}. */
  public static final int RAW_EXCERPT = 200;

  /**
   * {@code s} with unpaired surrogates replaced and control characters removed; the same instance when it
   * needs neither (the common case costs one scan). Flags are added to {@code flags} (once each).
   */
  public static String clean(String s, Collection<String> flags) {
    if (s == null) {
      return null;
    }
    int n = s.length();
    int i = 0;
    while (i < n && isPlain(s, i)) {
      i += Character.isHighSurrogate(s.charAt(i)) ? 2 : 1;
    }
    if (i >= n) {
      return s;
    }
    StringBuilder b = new StringBuilder(n).append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        b.append('\uFFFD');
        flag(flags, INVALID_UNICODE);
      } else if (isControl(c)) {
        flag(flags, CONTROL_CHARACTERS);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** {@link #clean}, then cut to {@code max} characters (an ellipsis marks the cut). */
  public static String bounded(String s, int max, Collection<String> flags) {
    String c = clean(s, flags);
    if (c == null || c.length() <= max) {
      return c;
    }
    flag(flags, OVERSIZED_FIELD);
    int end = max - 1;
    if (Character.isLowSurrogate(c.charAt(end)) && Character.isHighSurrogate(c.charAt(end - 1))) {
      end--;
    }
    return c.substring(0, end) + '\u2026';
  }

  /** {@code v} when it is a finite number, else null (flag {@code invalid_number}). */
  public static Double finite(Double v, Collection<String> flags) {
    if (v == null || Double.isFinite(v)) {
      return v;
    }
    flag(flags, INVALID_NUMBER);
    return null;
  }

  /** At most {@link #RAW_EXCERPT} characters of a raw value, cleaned, for {@code raw_values}. */
  public static String excerpt(String raw) {
    String c = clean(raw, new java.util.ArrayList<>());
    return c.length() <= RAW_EXCERPT ? c : bounded(c, RAW_EXCERPT, new java.util.ArrayList<>());
  }

  private static boolean isPlain(String s, int i) {
    char c = s.charAt(i);
    if (c >= ' ' && c < 0x7F) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return !Character.isSurrogate(c) && !isControl(c);
  }

  /** C0 controls but tab, LF and CR; DEL; C1 controls (what Windows-1252 bytes read as Latin-1 leave). */
  static boolean isControl(char c) {
    return c < ' ' && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
  }

  /** Adds {@code flag} to {@code flags} unless it is there already. */
  public static void flag(Collection<String> flags, String flag) {
    if (!flags.contains(flag)) {
      flags.add(flag);
    }
  }
}
