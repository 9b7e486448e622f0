package org.lede.ingest;

import java.util.List;

/**
 * One article as read from its source, before analysis.
 *
 * @param locator where in the file the record is ("file", "line 12", "record 3 (line 7)", "record 4 (offset 5120)")
 * @param recordIndex 0-based position of the record in its file (part of the default article id)
 * @param id the record's own id, or null
 * @param publishedAt the raw publication date text, or null
 * @param language the language the record declares (an ISO 639-1 code), or null to guess it from the text
 * @param capturedAt when a web archive captured the page (its WARC-Date, ISO-8601), or null
 * @param flags oddities that did not stop the record (see src/docs/bad-input.md)
 */
public record RawArticle(
    String sourcePath,
    String locator,
    long recordIndex,
    String id,
    String title,
    String byline,
    String publishedAt,
    String url,
    String source,
    String language,
    String capturedAt,
    List<String> paragraphs,
    List<String> flags)
    implements ReadResult {

  /** The same article as captured by a web archive at {@code capturedAt}. */
  public RawArticle capturedAt(String when) {
    return new RawArticle(sourcePath, locator, recordIndex, id, title, byline, publishedAt, url, source, language,
        when, paragraphs, flags);
  }
}
