package org.lede.ingest;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reader settings (the {@code input} block of lede.conf).
 *
 * @param format forced format, or null to detect by extension
 * @param fields for each logical field (id, title, text, byline, published_at, url, source), the record field
 *     names to look for, first match wins, case-insensitive
 */
public record IngestOptions(
    Format format,
    Map<String, List<String>> fields,
    char csvDelimiter,
    long maxFileBytes,
    int maxRecordBytes) implements Serializable {

  public static final List<String> LOGICAL_FIELDS =
      List.of("id", "title", "text", "byline", "published_at", "url", "source");

  public static IngestOptions defaults() {
    return new IngestOptions(null, Map.of(
        "id", List.of("id", "article_id", "guid", "uuid"),
        "title", List.of("title", "headline"),
        "text", List.of("text", "body", "content", "article", "paragraphs"),
        "byline", List.of("byline", "author", "authors"),
        "published_at", List.of("published_at", "publishedAt", "date", "published", "pubdate", "timestamp"),
        "url", List.of("url", "link"),
        "source", List.of("source", "publisher", "outlet", "site")),
        ',', 128L << 20, 32 << 20);
  }

  /** Index in {@code header} of the first name configured for {@code field}, or -1. */
  public int column(List<String> header, String field) {
    for (String name : fields.getOrDefault(field, List.of())) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).trim().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
          return i;
        }
      }
    }
    return -1;
  }
}
