package org.lede.ingest;

/** A record (or whole file) that could not become an article, with a reason code and a bounded excerpt. */
public record Reject(String sourcePath, String locator, String reasonCode, String reason, String rawExcerpt)
    implements ReadResult {
  public static final int MAX_EXCERPT = 500;

  public static Reject of(String path, String locator, RejectReason code, String reason, String raw) {
    return new Reject(path, locator, code.code(), reason, excerpt(raw));
  }

  /** At most {@link #MAX_EXCERPT} characters, with control characters other than tab and newline dropped. */
  public static String excerpt(String raw) {
    if (raw == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(Math.min(raw.length(), MAX_EXCERPT + 1));
    for (int i = 0; i < raw.length() && b.length() < MAX_EXCERPT; i++) {
      char c = raw.charAt(i);
      if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
        b.append(c);
      }
    }
    if (raw.length() > MAX_EXCERPT) {
      if (Character.isHighSurrogate(b.charAt(b.length() - 1))) {
        b.setLength(b.length() - 1);
      }
      b.append('\u2026');
    }
    return b.toString();
  }
}
