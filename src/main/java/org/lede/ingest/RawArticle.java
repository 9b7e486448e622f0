package org.lede.ingest;

import java.util.List;

/**
 * One article as read from its source, before analysis.
 *
 * @param locator where in the file the record is ("file", "line 12", "record 3 (line 7)")
 * @param recordIndex 0-based position of the record in its file (part of the default article id)
 * @param id the record's own id, or null
 * @param publishedAt the raw publication date text, or null
 * @param flags oddities that did not stop the record (see README, "What happens to bad input")
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
    List<String> paragraphs,
    List<String> flags)
    implements ReadResult {}
