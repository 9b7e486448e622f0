package org.lede.ingest;

import java.util.Locale;

/**
 * Input formats. {@link #detect} goes by extension, after a trailing ".gz" ({@code .warc.gz} is WARC:
 * web archives are gzipped record by record, and the WARC reader handles that itself; Common Crawl's text and
 * metadata files, {@code .warc.wet.gz} and {@code .warc.wat.gz}, are WARC too).
 */
public enum Format {
  TXT, JSONL, JSON, CSV, HTML, WARC, PARQUET;

  public static Format parse(String s) {
    Format f = byName(s.toLowerCase(Locale.ROOT));
    if (f == null) {
      throw new IllegalArgumentException("unknown format '" + s
          + "' (expected auto, txt, jsonl, json, csv, html, warc or parquet)");
    }
    return f;
  }

  private static Format byName(String ext) {
    switch (ext) {
      case "txt": case "text": return TXT;
      case "jsonl": case "ndjson": return JSONL;
      case "json": return JSON;
      case "csv": return CSV;
      case "html": case "htm": case "xhtml": return HTML;
      case "warc": case "arc": case "wet": case "wat": return WARC;
      case "parquet": return PARQUET;
      default: return null;
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
    return byName(p.substring(dot + 1));
  }
}
