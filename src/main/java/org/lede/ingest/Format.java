package org.lede.ingest;

import java.util.Locale;

/** Input formats. {@link #detect} goes by extension, after a trailing ".gz". */
public enum Format {
  TXT, JSONL, CSV, HTML;

  public static Format parse(String s) {
    switch (s.toLowerCase(Locale.ROOT)) {
      case "txt": case "text": return TXT;
      case "jsonl": case "json": case "ndjson": return JSONL;
      case "csv": return CSV;
      case "html": case "htm": return HTML;
      default: throw new IllegalArgumentException("unknown format '" + s + "' (expected auto, txt, jsonl, csv or html)");
    }
  }

  public static boolean isGzip(String path) {
    return path.toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /** The format of a path by extension, or null when the extension is not one lede reads. */
  public static Format detect(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    if (p.endsWith(".gz")) {
      p = p.substring(0, p.length() - 3);
    }
    int slash = p.lastIndexOf('/');
    int dot = p.lastIndexOf('.');
    if (dot <= slash) {
      return null;
    }
    switch (p.substring(dot + 1)) {
      case "txt": case "text": return TXT;
      case "jsonl": case "ndjson": case "json": return JSONL;
      case "csv": return CSV;
      case "html": case "htm": case "xhtml": return HTML;
      default: return null;
    }
  }
}
