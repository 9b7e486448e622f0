package org.lede.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lede.config.ConfigError;
import org.lede.readability.Readability;
import org.lede.results.ResultTables;
import org.lede.spark.nightly.RunDates;
import org.lede.spark.output.OutputLayout;
import org.lede.spark.output.RunSummary;
import org.lede.spark.output.RunSummaryFile;
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
    try (Results results = new Results(output.dir, "show")) {
      return show(results, spec.commandLine().getOut());
    }
  }

  private static final String COLUMNS = "article_id, title, byline, source, source_path, reading_grade, "
      + "reading_level, flesch_reading_ease, sentiment_compound, sentiment_label, paragraph_count, word_count, "
      + "language, summary";

  int show(Results results, PrintWriter out) throws IOException {
    List<String> dates = RunDates.completed(results.fs, results.layout.root());
    if (dates.isEmpty()) {
      throw new ConfigError("no completed lede run under " + output.dir);
    }
    String date = runDate != null ? runDate.toString() : dates.get(dates.size() - 1);
    if (!dates.contains(date)) {
      throw new ConfigError("no completed lede run for run date " + date + " under " + output.dir
          + " (run dates: " + String.join(", ", dates.subList(Math.max(0, dates.size() - 5), dates.size())) + ")");
    }
    ResultTables tables = results.tables();
    String ofDate = " WHERE run_date = DATE " + ResultTables.literal(date);
    long total = tables.has("articles") ? (Long) tables.query("SELECT count(*) FROM articles" + ofDate).get(0)[0] : 0;
    if (total == 0 && articleId == null) {
      RunSummary s = RunSummaryFile.read(results.fs, results.layout, date);
      out.printf("run date %s wrote no articles: %d file%s read, %d record%s, %d reject%s%s%n", date, s.files(),
          s.files() == 1 ? "" : "s", s.recordsRead(), s.recordsRead() == 1 ? "" : "s", s.rejects(),
          s.rejects() == 1 ? "" : "s", s.filesSkipped() > 0 ? "; " + s.filesSkipped() + " files skipped, read by "
              + "earlier runs (lede run --reprocess reads them again)" : "");
      if (runDate != null || !tables.has("articles")) {
        out.flush();
        return Main.OK;
      }
      List<Object[]> last = tables.query("SELECT CAST(run_date AS STRING), count(*) FROM articles GROUP BY run_date "
          + "ORDER BY run_date DESC LIMIT 1");
      if (last.isEmpty()) {
        out.flush();
        return Main.OK;
      }
      date = (String) last.get(0)[0];
      total = (Long) last.get(0)[1];
      ofDate = " WHERE run_date = DATE " + ResultTables.literal(date);
      out.printf("the latest run date with articles is %s:%n%n", date);
    }
    List<Object[]> rows = articleId != null
        ? tables.query("SELECT " + COLUMNS + " FROM articles" + ofDate + " AND article_id = "
            + ResultTables.literal(articleId) + " LIMIT 1")
        : tables.query("SELECT " + COLUMNS + " FROM articles" + ofDate
            + " ORDER BY source_path, record_locator LIMIT " + limit);
    if (articleId != null && rows.isEmpty()) {
      throw new ConfigError("no article with id " + articleId + " on run date " + date);
    }
    if (articleId == null) {
      out.printf("lede results for run date %s in %s: %d article%s%s%n%n", date, output.dir, total,
          total == 1 ? "" : "s", total > rows.size()
              ? ", showing the first " + rows.size() + " (--limit " + total + " shows all, --article ID one)" : "");
    }
    boolean withParagraphs = (paragraphs || articleId != null) && tables.has("paragraphs");
    int n = 0;
    for (Object[] a : rows) {
      n++;
      printArticle(out, n, a);
      if (withParagraphs) {
        for (Object[] p : tables.query("SELECT paragraph_index, reading_grade, sentiment_compound, sentiment_label, "
            + "word_count, key_sentence, text FROM paragraphs" + ofDate + " AND article_id = "
            + ResultTables.literal((String) a[0]) + " ORDER BY paragraph_index")) {
          printParagraph(out, p);
        }
      }
      out.println();
    }
    if (articleId == null && tables.has("rejects")) {
      List<Object[]> byReason = tables.query("SELECT reason_code, count(*) AS n FROM rejects" + ofDate
          + " GROUP BY reason_code ORDER BY n DESC, reason_code");
      long rejects = byReason.stream().mapToLong(r -> (Long) r[1]).sum();
      if (rejects > 0) {
        StringBuilder b = new StringBuilder();
        for (Object[] r : byReason) {
          b.append(b.length() == 0 ? "" : ", ").append(TerminalText.line((String) r[0])).append(' ').append(r[1]);
        }
        out.printf("%d reject%s: %s (table %s)%n", rejects, rejects == 1 ? "" : "s", b,
            results.layout.partition(OutputLayout.REJECTS, date));
      }
    }
    out.flush();
    return Main.OK;
  }

  private static void printArticle(PrintWriter out, int n, Object[] a) {
    out.printf("[%d] %s%n", n, TerminalText.line(a[1] == null ? "(no headline)" : (String) a[1]));
    String source = a[3] == null ? "" : TerminalText.line((String) a[3]) + "  ";
    out.printf("    id %s  %s%s%s%n", TerminalText.line((String) a[0]), source, TerminalText.line((String) a[4]),
        a[2] == null ? "" : "  by " + TerminalText.line((String) a[2]));
    out.printf("    reading grade %s, %s, Flesch ease %s | sentiment %s %s | %d paragraphs, %d words, language %s%n",
        num((Double) a[5]), nz(Readability.levelInWords((String) a[6])), num((Double) a[7]), signed((Double) a[8]), nz(a[9]), a[10], a[11],
        nz(a[12]));
    String summary = (String) a[13];
    if (summary != null) {
      out.println("    summary:");
      for (String s : summary.split("\n")) {
        out.println("      " + TerminalText.line(s));
      }
    }
  }

  private static void printParagraph(PrintWriter out, Object[] p) {
    String key = (String) p[5];
    out.printf("    ¶%d grade %s, sentiment %s %s, %d words | %s%n", p[0], num((Double) p[1]), signed((Double) p[2]),
        nz(p[3]), p[4], TerminalText.line(abbreviate(key == null ? (String) p[6] : key, 110)));
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



}
