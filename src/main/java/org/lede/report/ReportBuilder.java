package org.lede.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lede.results.ResultTables;
import org.lede.spark.output.RunSummary;

/**
 * What the report shows, aggregated by queries over the output tables ({@link ResultTables}: the same SQL for
 * DuckDB and Spark). Every figure but the article counts takes each story of a date once: its earliest
 * article of the date, exact copies of earlier runs left out.
 */
public final class ReportBuilder {
  private ReportBuilder() {}

  static final int LIST = 5;
  static final int MAX_REJECTS = 200;
  static final int MAX_SOURCES = 15;
  static final int MAX_LANGUAGES = 12;
  static final int EXAMPLES = 3;
  /** What an article's outlet is called when no record, page, folder name or URL names it (as in conf/sql). */
  private static final String UNKNOWN_SOURCE = "unknown";
  private static final String ARTICLE_COLUMNS = "title, source, url, source_path, language, reading_grade, "
      + "reading_level, sentiment_compound, summary";
  private static final String ARTICLE = "CAST(run_date AS STRING), " + ARTICLE_COLUMNS;
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /**
   * The report of the run dates {@code summaries} holds (completed runs, by date, in order); the tables are
   * read for the range from the first to the last.
   */
  public static ReportData build(ResultTables tables, Map<String, RunSummary> summaries, String version) {
    List<String> dates = new ArrayList<>(summaries.keySet());
    String range = "run_date BETWEEN DATE " + ResultTables.literal(dates.get(0)) + " AND DATE "
        + ResultTables.literal(dates.get(dates.size() - 1));
    boolean articles = tables.has("articles");
    String kept = "(SELECT * FROM articles WHERE " + range + " AND NOT array_contains(flags, 'duplicate_content'))";
    // each story of a date once, its earliest article of the date: made once, read by most figures. The
    // earliest are found on the narrow columns, then only their rows' text is read (a month of a large corpus:
    // 2 million articles, 30 thousand stories)
    String firsts = "report_firsts";
    if (articles) {
      tables.materialize("report_first_keys", "SELECT run_date, article_id FROM (SELECT run_date, article_id, "
          + "row_number() OVER (PARTITION BY run_date, story_id ORDER BY published_at ASC NULLS LAST, article_id) "
          + "AS story_rank FROM " + kept + " k) r WHERE story_rank = 1");
      String lix = tables.hasColumn("articles", "lix") ? "lix" : "CAST(NULL AS DOUBLE) AS lix";
      String ease = tables.hasColumn("articles", "language_reading_ease")
          ? "language_reading_ease, language_reading_formula"
          : "CAST(NULL AS DOUBLE) AS language_reading_ease, CAST(NULL AS STRING) AS language_reading_formula";
      tables.materialize(firsts, "SELECT run_date, article_id, word_count, " + lix + ", " + ease + ", "
          + ARTICLE_COLUMNS
          + " FROM " + kept
          + " a WHERE (run_date, article_id) IN (SELECT run_date, article_id FROM report_first_keys)");
    }
    Map<String, Object[]> perDate = new TreeMap<>();
    if (articles) {
      for (Object[] r : tables.query("SELECT CAST(run_date AS STRING), avg(reading_grade), avg(sentiment_compound), "
          + "count(*) FROM " + firsts + " f GROUP BY run_date")) {
        perDate.put((String) r[0], r);
      }
    }
    List<ReportData.RunRow> runs = new ArrayList<>();
    Map<String, Long> byReason = new TreeMap<>();
    summaries.forEach((d, s) -> {
      if (s.rejectsByReason() != null) {
        s.rejectsByReason().forEach((reason, n) -> byReason.merge(reason, n, Long::sum));
      }
      Object[] agg = perDate.get(d);
      runs.add(new ReportData.RunRow(d, s.articles(), agg == null ? null : (Long) agg[3], s.paragraphs(),
          s.rejects(), agg == null ? null : (Double) agg[1], agg == null ? null : (Double) agg[2],
          s.durations() == null ? null : s.durations().totalMs(), s.ledeVersion() == null ? "" : s.ledeVersion()));
    });

    List<Double> grades = new ArrayList<>();
    List<Double> sentiments = new ArrayList<>();
    List<ReportData.SourceRow> sources = new ArrayList<>();
    List<ReportData.LanguageRow> languages = new ArrayList<>();
    List<ReportData.ArticleRow> pos = List.of();
    List<ReportData.ArticleRow> neg = List.of();
    List<ReportData.ArticleRow> hard = List.of();
    List<ReportData.ArticleRow> easy = List.of();
    if (articles) {
      for (Object[] r : tables.query("SELECT reading_grade, sentiment_compound FROM " + firsts + " f")) {
        if (r[0] != null) {
          grades.add((Double) r[0]);
        }
        if (r[1] != null) {
          sentiments.add((Double) r[1]);
        }
      }
      for (Object[] r : tables.query("SELECT src, count(*) AS n, avg(reading_grade), avg(sentiment_compound) FROM "
          + "(SELECT coalesce(source, '" + UNKNOWN_SOURCE + "') AS src, reading_grade, sentiment_compound FROM " + kept
          + " k) s GROUP BY src ORDER BY n DESC, src LIMIT " + MAX_SOURCES)) {
        sources.add(new ReportData.SourceRow((String) r[0], (Long) r[1], (Double) r[2], (Double) r[3]));
      }
      for (Object[] r : tables.query("SELECT coalesce(language, 'unknown') AS lang, count(*) AS n, "
          + "count(reading_grade), count(sentiment_compound), avg(lix), avg(language_reading_ease), "
          + "max(language_reading_formula) FROM " + firsts + " f GROUP BY "
          + "coalesce(language, 'unknown') ORDER BY n DESC, lang LIMIT " + MAX_LANGUAGES)) {
        String lang = (String) r[0];
        List<ReportData.ArticleRow> examples = articles(tables, "SELECT " + ARTICLE + " FROM " + firsts
            + " f WHERE coalesce(language, 'unknown') = " + ResultTables.literal(lang)
            + " ORDER BY run_date DESC, word_count DESC, article_id LIMIT " + EXAMPLES);
        languages.add(new ReportData.LanguageRow(lang, (Long) r[1], (Long) r[2], (Long) r[3], (Double) r[4],
            (Double) r[5], (String) r[6], examples));
      }
      pos = top(tables, firsts, "sentiment_compound", "DESC");
      neg = top(tables, firsts, "sentiment_compound", "ASC");
      hard = top(tables, firsts, "reading_grade", "DESC");
      easy = top(tables, firsts, "reading_grade", "ASC");
    }
    List<ReportData.RejectRow> rejectRows = new ArrayList<>();
    if (tables.has("rejects")) {
      for (Object[] r : tables.query("SELECT CAST(run_date AS STRING), source_path, record_locator, reason_code, "
          + "reason FROM rejects WHERE " + range + " ORDER BY run_date, source_path, record_locator LIMIT "
          + MAX_REJECTS)) {
        rejectRows.add(new ReportData.RejectRow((String) r[0], (String) r[1], (String) r[2], (String) r[3],
            (String) r[4]));
      }
    }
    List<ReportData.StoryRow> stories = tables.has("stories") ? widestStories(tables, range) : List.of();
    String title = "lede report: " + (dates.size() == 1 ? dates.get(0) : dates.get(0) + " to " + dates.get(dates.size() - 1));
    return new ReportData(title, version, runs, grades, sentiments, sources, pos, neg, hard, easy, rejectRows,
        byReason, stories, languages);
  }

  /** The stories of the range carried by the most sources (then articles), each as of its last date. */
  private static List<ReportData.StoryRow> widestStories(ResultTables tables, String range) {
    List<ReportData.StoryRow> out = new ArrayList<>();
    for (Object[] r : tables.query("SELECT title, first_source, CAST(first_run_date AS STRING), first_seen_at, "
        + "articles, sources, last_seen_at, summary FROM (SELECT *, row_number() OVER (PARTITION BY story_id "
        + "ORDER BY run_date DESC) AS latest FROM stories WHERE " + range + ") s WHERE latest = 1 AND articles > 1 "
        + "ORDER BY sources DESC, articles DESC, story_id LIMIT " + LIST * 2)) {
      Instant first = (Instant) r[3];
      Instant last = (Instant) r[6];
      Double spread = first == null || last == null ? null : Duration.between(first, last).getSeconds() / 3600.0;
      out.add(new ReportData.StoryRow((String) r[0], (String) r[1], (String) r[2],
          first == null ? null : MINUTE.format(first), (Long) r[4], (Long) r[5], spread, (String) r[7]));
    }
    return out;
  }

  private static List<ReportData.ArticleRow> top(ResultTables tables, String firsts, String column, String order) {
    return articles(tables, "SELECT " + ARTICLE + " FROM " + firsts + " f WHERE " + column + " IS NOT NULL ORDER BY "
        + column + " " + order + ", article_id, run_date LIMIT " + LIST);
  }

  /** The articles of a query that selects {@link #ARTICLE}. */
  private static List<ReportData.ArticleRow> articles(ResultTables tables, String sql) {
    List<ReportData.ArticleRow> out = new ArrayList<>();
    for (Object[] r : tables.query(sql)) {
      out.add(new ReportData.ArticleRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
          (String) r[5], (Double) r[6], (String) r[7], (Double) r[8], (String) r[9]));
    }
    return out;
  }
}
