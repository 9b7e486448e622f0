package org.lede.ingest;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reader settings (the {@code input} block of lede.conf).
 *
 * @param format forced format, or null to detect by extension
 * @param fields for each logical field ({@link #LOGICAL_FIELDS}), the record field names to look for, first
 *     match wins, case-insensitive; a name with dots is a path into nested objects (JSON, Parquet structs)
 * @param jsonRecords a JSON pointer ({@code /articles}) to the array that holds the articles in a JSON
 *     document, or "" to detect it
 */
public record IngestOptions(
    Format format,
    Map<String, List<String>> fields,
    char csvDelimiter,
    long maxFileBytes,
    int maxRecordBytes,
    String jsonRecords) implements Serializable {

  public static final List<String> LOGICAL_FIELDS =
      List.of("id", "title", "text", "byline", "published_at", "url", "source", "language");

  /**
   * The built-in field names: lede's own, then those of news-please ({@code maintext}, {@code date_publish},
   * {@code source_domain}, {@code authors}), NewsAPI ({@code content}, {@code publishedAt},
   * {@code source.name}, {@code author}), trafilatura ({@code text}, {@code author}, {@code date},
   * {@code sitename}, {@code hostname}) and public dataset schemas ({@code domain}, {@code date}).
   * conf/lede.conf lists the same.
   */
  public static IngestOptions defaults() {
    return new IngestOptions(null, Map.of(
        "id", List.of("id", "article_id", "guid", "uuid"),
        "title", List.of("title", "headline"),
        "text", List.of("text", "maintext", "body", "content", "article", "paragraphs"),
        "byline", List.of("byline", "author", "authors"),
        "published_at", List.of("published_at", "publishedAt", "date_publish", "date", "published", "pubdate",
            "timestamp"),
        "url", List.of("url", "link"),
        "source", List.of("source.name", "source", "source_domain", "sitename", "hostname", "domain",
            "publisher", "outlet", "site"),
        "language", List.of("language", "lang")),
        ',', 128L << 20, 32 << 20, "");
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
