package org.lede.report;

import java.util.List;
import java.util.Map;

/** Everything the report shows, already aggregated (plain Java, so rendering is tested without Spark). */
public record ReportData(
    String title,
    String version,
    List<RunRow> runs,
    List<Double> grades,
    List<Double> sentiments,
    List<SourceRow> sources,
    List<ArticleRow> mostPositive,
    List<ArticleRow> mostNegative,
    List<ArticleRow> hardest,
    List<ArticleRow> easiest,
    List<RejectRow> rejects,
    Map<String, Long> rejectsByReason,
    List<StoryRow> widestStories,
    List<LanguageRow> languages) {

  /** One run date; the means count each story of the date once. */
  public record RunRow(String runDate, long articles, Long stories, long paragraphs, long rejects, Double meanGrade,
      Double meanSentiment, Long durationMs, String version) {}

  /** One source. */
  public record SourceRow(String source, long articles, Double meanGrade, Double meanSentiment) {}

  /**
   * One article in a list: its outlet ({@code source}; null when unknown), its address when it has one, and
   * the file it was read from.
   */
  public record ArticleRow(String runDate, String title, String source, String url, String file, String language,
      Double grade, String level, Double sentiment, String summary) {}

  /**
   * One language: its stories (each story of a date once), how many have a reading grade and a sentiment,
   * their mean LIX (comparable across languages written with spaces; null when none has one), their mean
   * reading ease in the language's own Flesch adaptation and its name (null when the language has none), and a
   * few of its articles.
   */
  public record LanguageRow(String language, long stories, long graded, long scored, Double meanLix,
      Double meanEase, String easeFormula, List<ArticleRow> examples) {}

  /** One story as of the last run date of the range that carried it. */
  public record StoryRow(String title, String firstSource, String firstRunDate, String firstSeenAt, long articles,
      long sources, Double spreadHours, String summary) {}

  /** One reject. */
  public record RejectRow(String runDate, String path, String locator, String code, String reason) {}
}
