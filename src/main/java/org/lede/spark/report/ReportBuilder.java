package org.lede.spark.report;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.row_number;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.lede.Version;
import org.lede.config.ConfigError;
import org.lede.report.ReportData;
import org.lede.spark.nightly.Duplicates;
import org.lede.spark.nightly.RunDates;
import org.lede.spark.output.OutputLayout;
import org.lede.spark.output.RunSummary;
import org.lede.spark.output.RunSummaryFile;
import org.lede.spark.output.Tables;

/** Reads lede's tables for a range of run dates and aggregates what the report shows. */
public final class ReportBuilder {
  private ReportBuilder() {}

  static final int LIST = 5;
  static final int MAX_REJECTS = 200;
  static final int MAX_SOURCES = 15;

  public static ReportData build(SparkSession spark, String output, LocalDate from, LocalDate to) throws IOException {
    OutputLayout layout = new OutputLayout(output);
    FileSystem fs = layout.root().getFileSystem(spark.sparkContext().hadoopConfiguration());
    List<String> dates = completedDates(fs, layout.root(), from, to);
    if (dates.isEmpty()) {
      throw new ConfigError("no completed lede run under " + output
          + (from == null ? "" : " between " + from + " and " + to));
    }
    Column inRange = col("run_date").between(java.sql.Date.valueOf(dates.get(0)),
        java.sql.Date.valueOf(dates.get(dates.size() - 1)));
    Dataset<Row> articles = table(spark, fs, layout, OutputLayout.ARTICLES, inRange);
    Dataset<Row> rejects = table(spark, fs, layout, OutputLayout.REJECTS, inRange);
    Dataset<Row> all = null;
    if (articles != null) {
      // every figure but the article counts takes each story of a date once: its earliest article of the date
      all = articles.where("NOT array_contains(flags, '" + Duplicates.FLAG + "')").cache();
      articles = all.withColumn("story_rank", row_number().over(Window.partitionBy("run_date", "story_id")
              .orderBy(col("published_at").asc_nulls_last(), col("article_id"))))
          .where("story_rank = 1").drop("story_rank").cache();
    }

    Map<String, Row> perDate = new TreeMap<>();
    if (articles != null) {
      for (Row r : articles.groupBy(col("run_date").cast("string").as("d"))
          .agg(avg("reading_grade"), avg("sentiment_compound"), count("*")).collectAsList()) {
        perDate.put(r.getString(0), r);
      }
    }
    List<ReportData.RunRow> runs = new ArrayList<>();
    Map<String, Long> byReason = new TreeMap<>();
    for (String d : dates) {
      RunSummary s = RunSummaryFile.read(fs, layout, d);
      if (s.rejectsByReason() != null) {
        s.rejectsByReason().forEach((reason, n) -> byReason.merge(reason, n, Long::sum));
      }
      Row agg = perDate.get(d);
      runs.add(new ReportData.RunRow(d, s.articles(), agg == null ? null : agg.getLong(3), s.paragraphs(), s.rejects(),
          agg == null || agg.isNullAt(1) ? null : agg.getDouble(1),
          agg == null || agg.isNullAt(2) ? null : agg.getDouble(2),
          s.durations() == null ? null : s.durations().totalMs(), s.ledeVersion() == null ? "" : s.ledeVersion()));
    }

    List<Double> grades = new ArrayList<>();
    List<Double> sentiments = new ArrayList<>();
    List<ReportData.SourceRow> sources = new ArrayList<>();
    List<ReportData.ArticleRow> pos = List.of();
    List<ReportData.ArticleRow> neg = List.of();
    List<ReportData.ArticleRow> hard = List.of();
    List<ReportData.ArticleRow> easy = List.of();
    if (articles != null) {
      for (Row r : articles.select("reading_grade", "sentiment_compound").collectAsList()) {
        if (!r.isNullAt(0)) {
          grades.add(r.getDouble(0));
        }
        if (!r.isNullAt(1)) {
          sentiments.add(r.getDouble(1));
        }
      }
      for (Row r : all.selectExpr("coalesce(source, regexp_extract(source_path, '([^/]+)/[^/]+$', 1)) AS src",
              "reading_grade", "sentiment_compound")
          .groupBy("src").agg(count("*").as("n"), avg("reading_grade"), avg("sentiment_compound"))
          .orderBy(col("n").desc(), col("src")).limit(MAX_SOURCES).collectAsList()) {
        sources.add(new ReportData.SourceRow(r.isNullAt(0) ? "(unknown)" : r.getString(0), r.getLong(1),
            r.isNullAt(2) ? null : r.getDouble(2), r.isNullAt(3) ? null : r.getDouble(3)));
      }
      pos = top(articles.where("sentiment_compound IS NOT NULL").orderBy(col("sentiment_compound").desc()));
      neg = top(articles.where("sentiment_compound IS NOT NULL").orderBy(col("sentiment_compound").asc()));
      hard = top(articles.where("reading_grade IS NOT NULL").orderBy(col("reading_grade").desc()));
      easy = top(articles.where("reading_grade IS NOT NULL").orderBy(col("reading_grade").asc()));
    }
    List<ReportData.RejectRow> rejectRows = new ArrayList<>();
    if (rejects != null) {
      for (Row r : rejects.orderBy("run_date", "source_path", "record_locator").limit(MAX_REJECTS)
          .selectExpr("CAST(run_date AS STRING)", "source_path", "record_locator", "reason_code", "reason")
          .collectAsList()) {
        rejectRows.add(new ReportData.RejectRow(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
            r.getString(4)));
      }
    }
    List<ReportData.StoryRow> stories = widestStories(table(spark, fs, layout, OutputLayout.STORIES, inRange));
    if (articles != null) {
      articles.unpersist();
      all.unpersist();
    }
    String title = "lede report: " + (dates.size() == 1 ? dates.get(0) : dates.get(0) + " to " + dates.get(dates.size() - 1));
    return new ReportData(title, Version.get(), runs, grades, sentiments, sources, pos, neg, hard, easy, rejectRows,
        byReason, stories);
  }

  /** The stories of the range carried by the most sources (then articles), each as of its last date. */
  private static List<ReportData.StoryRow> widestStories(Dataset<Row> stories) {
    List<ReportData.StoryRow> out = new ArrayList<>();
    if (stories == null) {
      return out;
    }
    for (Row r : stories.withColumn("latest", row_number().over(Window.partitionBy("story_id")
            .orderBy(col("run_date").desc())))
        .where("latest = 1 AND articles > 1")
        .orderBy(col("sources").desc(), col("articles").desc(), col("story_id"))
        .limit(LIST * 2)
        .selectExpr("title", "first_source", "CAST(first_run_date AS STRING)",
            "date_format(first_seen_at, \"yyyy-MM-dd HH:mm 'UTC'\")", "articles", "sources",
            "CAST((unix_timestamp(last_seen_at) - unix_timestamp(first_seen_at)) / 3600.0 AS DOUBLE)", "summary")
        .collectAsList()) {
      out.add(new ReportData.StoryRow(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getLong(4),
          r.getLong(5), r.isNullAt(6) ? null : r.getDouble(6), r.getString(7)));
    }
    return out;
  }

  private static List<ReportData.ArticleRow> top(Dataset<Row> ordered) {
    List<ReportData.ArticleRow> out = new ArrayList<>();
    for (Row r : ordered.limit(LIST).selectExpr("CAST(run_date AS STRING)", "title",
        "coalesce(source, source_path)", "reading_grade", "reading_level", "sentiment_compound", "summary")
        .collectAsList()) {
      out.add(new ReportData.ArticleRow(r.getString(0), r.getString(1), r.getString(2),
          r.isNullAt(3) ? null : r.getDouble(3), r.getString(4), r.isNullAt(5) ? null : r.getDouble(5), r.getString(6)));
    }
    return out;
  }

  /** The table's rows in the date range, or null when it has no partition yet (no rejects ever, say). */
  private static Dataset<Row> table(SparkSession spark, FileSystem fs, OutputLayout layout, String name,
      Column range) throws IOException {
    if (!Tables.hasPartitions(fs, layout, name)) {
      return null;
    }
    return spark.read().parquet(layout.table(name).toString()).where(range);
  }

  /** Completed run dates from .. to (inclusive); without a range, the latest one. */
  static List<String> completedDates(FileSystem fs, Path out, LocalDate from, LocalDate to) throws IOException {
    List<String> all = RunDates.completed(fs, out);
    if (from == null) {
      return all.isEmpty() ? all : List.of(all.get(all.size() - 1));
    }
    List<String> dates = new ArrayList<>();
    for (String d : all) {
      LocalDate day = LocalDate.parse(d);
      if (!day.isBefore(from) && (to == null || !day.isAfter(to))) {
        dates.add(d);
      }
    }
    return dates;
  }

}
