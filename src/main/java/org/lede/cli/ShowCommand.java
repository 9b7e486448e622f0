package org.lede.cli;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.lede.config.ConfigError;
import org.lede.spark.nightly.RunDates;
import org.lede.spark.output.OutputLayout;
import org.lede.spark.Sessions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** lede show: a readable digest of one run date's results. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Print a digest of the results: title, reading grade and level, sentiment and summary per "
        + "article; per-paragraph lines with --paragraphs or --article.")
public final class ShowCommand implements Callable<Integer> {
  @Mixin
  OutputOption output;

  @Option(names = "--run-date", paramLabel = "YYYY-MM-DD", description = "Default: the latest run date.")
  LocalDate runDate;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Articles to show (default 10).")
  int limit;

  @Option(names = "--article", paramLabel = "ID", description = "Show one article, with its paragraphs.")
  String articleId;

  @Option(names = "--paragraphs", description = "Also print a line per paragraph.")
  boolean paragraphs;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (limit < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
    }
    SparkSession spark = Sessions.create("lede show");
    try {
      return show(spark, spec.commandLine().getOut());
    } finally {
      spark.stop();
    }
  }

  int show(SparkSession spark, PrintWriter out) throws IOException {
    OutputLayout layout = new OutputLayout(output.dir);
    FileSystem fs = layout.root().getFileSystem(spark.sparkContext().hadoopConfiguration());
    String date = runDate != null ? runDate.toString() : latestRunDate(fs, layout.root());
    Path partition = layout.partition(OutputLayout.ARTICLES, date);
    if (!fs.exists(partition)) {
      throw new ConfigError("no articles for run date " + date + " under " + output.dir);
    }
    Dataset<Row> articles = spark.read().parquet(partition.toString());
    if (articleId != null) {
      articles = articles.where(col("article_id").equalTo(articleId));
    }
    long total = articles.count();
    List<Row> rows = articles.orderBy("source_path", "record_locator").limit(limit).collectAsList();
    if (articleId != null && rows.isEmpty()) {
      throw new ConfigError("no article with id " + articleId + " on run date " + date);
    }
    out.printf("lede results for run date %s in %s: %d article%s%s%n%n", date, output.dir, total,
        total == 1 ? "" : "s", total > rows.size() ? ", showing " + rows.size() : "");
    boolean withParagraphs = paragraphs || articleId != null;
    Path paragraphsPath = layout.partition(OutputLayout.PARAGRAPHS, date);
    Dataset<Row> paras = withParagraphs && fs.exists(paragraphsPath)
        ? spark.read().parquet(paragraphsPath.toString()) : null;
    int n = 0;
    for (Row a : rows) {
      n++;
      printArticle(out, n, a);
      if (paras != null) {
        for (Row p : paras.where(col("article_id").equalTo(a.<String>getAs("article_id")))
            .orderBy("paragraph_index").collectAsList()) {
          printParagraph(out, p);
        }
      }
      out.println();
    }
    Path rejectsPath = layout.partition(OutputLayout.REJECTS, date);
    if (articleId == null && fs.exists(rejectsPath)) {
      List<Row> byReason = spark.read().parquet(rejectsPath.toString()).groupBy("reason_code").count()
          .orderBy(col("count").desc()).collectAsList();
      long rejects = byReason.stream().mapToLong(r -> r.getLong(1)).sum();
      StringBuilder b = new StringBuilder();
      for (Row r : byReason) {
        b.append(b.length() == 0 ? "" : ", ").append(TerminalText.line(r.getString(0))).append(' ').append(r.getLong(1));
      }
      out.printf("%d reject%s: %s (table %s)%n", rejects, rejects == 1 ? "" : "s", b, rejectsPath);
    }
    out.flush();
    return Main.OK;
  }

  private static void printArticle(PrintWriter out, int n, Row a) {
    String title = a.getAs("title");
    out.printf("[%d] %s%n", n, TerminalText.line(title == null ? "(no headline)" : title));
    String byline = a.getAs("byline");
    out.printf("    id %s  %s%s%n", TerminalText.line(a.getAs("article_id")), TerminalText.line(a.getAs("source_path")),
        byline == null ? "" : "  by " + TerminalText.line(byline));
    Double grade = a.getAs("reading_grade");
    Double fre = a.getAs("flesch_reading_ease");
    Double compound = a.getAs("sentiment_compound");
    out.printf("    reading grade %s (%s), Flesch ease %s | sentiment %s %s | %d paragraphs, %d words, language %s%n",
        num(grade), nz(a.getAs("reading_level")), num(fre), signed(compound), nz(a.getAs("sentiment_label")),
        a.<Integer>getAs("paragraph_count"), a.<Integer>getAs("word_count"), nz(a.getAs("language")));
    String summary = a.getAs("summary");
    if (summary != null) {
      out.println("    summary:");
      for (String s : summary.split("\n")) {
        out.println("      " + TerminalText.line(s));
      }
    }
  }

  private static void printParagraph(PrintWriter out, Row p) {
    String key = p.getAs("key_sentence");
    out.printf("    ¶%d grade %s, sentiment %s %s, %d words | %s%n", p.<Integer>getAs("paragraph_index"),
        num(p.getAs("reading_grade")), signed(p.getAs("sentiment_compound")), nz(p.getAs("sentiment_label")),
        p.<Integer>getAs("word_count"), TerminalText.line(abbreviate(key == null ? p.getAs("text") : key, 110)));
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static String num(Double d) {
    return d == null ? "n/a" : String.format(Locale.ROOT, "%.1f", d);
  }

  private static String signed(Double d) {
    return d == null ? "n/a" : String.format(Locale.ROOT, "%+.2f", d);
  }

  private static String nz(Object s) {
    return s == null ? "n/a" : TerminalText.line(s.toString());
  }

  private static String latestRunDate(FileSystem fs, Path output) throws IOException {
    List<String> dates = RunDates.completed(fs, output);
    if (dates.isEmpty()) {
      throw new ConfigError("no completed lede run under " + output);
    }
    return dates.get(dates.size() - 1);
  }

}
