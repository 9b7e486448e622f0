package org.lede.cli;

/**
 * Makes untrusted text safe to print on a terminal: control characters (C0 except newline, DEL, C1, which
 * include the ANSI escape) and bidirectional overrides/isolates are shown as \\uXXXX instead of being sent.
 */
final class TerminalText {
  private TerminalText() {}

  static String safe(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad = (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
          || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
      if (bad) {
        if (b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        b.append(String.format("\\u%04x", (int) c));
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /** One line: newlines become spaces, then {@link #safe}. */
  static String line(String s) {
    return safe(s == null ? "" : s.replace('\n', ' '));
  }

  /** A count with its noun, plural unless one: "1 file", "2,046 files". */
  static String count(long n, String noun) {
    return String.format(java.util.Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
  }
}
