package org.lede.process;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.lede.analysis.ArticleAnalysis;
import org.lede.stories.Fingerprint;

/**
 * One article ready for the tables: every value already valid for its column ({@link TableValues}).
 *
 * @param publishedAt the publication date, or null (none given, unparsed, or implausible)
 * @param capturedAt when a web archive captured the page, or null
 * @param flags the article's flags: the reader's, then the processor's, then the analysis's
 * @param rawValues for each column whose value lede replaced or could not read, the raw value as given
 *     (at most {@link TableValues#RAW_EXCERPT} characters): {@code published_at}, {@code captured_at},
 *     {@code article_id}, {@code url}
 * @param fingerprint the story fingerprint, or null when stories are off
 */
public record ProcessedArticle(
    String articleId,
    String sourcePath,
    String locator,
    String title,
    String byline,
    String url,
    String source,
    Instant publishedAt,
    Instant capturedAt,
    ArticleAnalysis analysis,
    String contentSha256,
    List<String> flags,
    Map<String, String> rawValues,
    Fingerprint fingerprint) implements Processed {}
