package org.lede.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.lede.spark.output.RunSummary;

/**
 * A run's counts, from two aggregations over the analysed outcomes: in total, by reason and per file; by flag and
 * repeated paragraph.
 */
final class OutcomeCounts {
  long records;
  long articles;
  long paragraphs;
  long rejects;
  long skipped;
  final Map<String, Long> skippedByKind = new TreeMap<>();
  final Map<String, Long> byReason = new TreeMap<>();
  final Map<String, Long> flags = new TreeMap<>();
  final List<RunSummary.FileCounts> perFile = new ArrayList<>();
  /** The hashes of the paragraphs that many articles carry word for word (the story step's boilerplate), sorted. */
  long[] repeatedParagraphs = new long[0];

  /**
   * The counts of the analysed {@code outcomes}; paragraphs carried by at least {@code repeatedParagraphArticles}
   * articles are counted too (in the same aggregation as the flags), for the story step.
   */
  static OutcomeCounts of(Dataset<Row> outcomes, int repeatedParagraphArticles) {
    OutcomeCounts c = new OutcomeCounts();
    List<Row> rows = outcomes
        .selectExpr("source_path", "kind", "coalesce(reject.reason_code, skipped.reason) AS reason",
            "CASE WHEN kind = 'article' THEN size(paragraphs) ELSE 0 END AS paragraphs",
            "CASE WHEN kind = 'skipped' THEN skipped.records ELSE 1 END AS n")
        .groupBy("source_path", "kind", "reason")
        .agg(sum("n").as("n"), sum("paragraphs").as("paragraphs"))
        .collectAsList();
    Map<String, long[]> files = new TreeMap<>();
    Map<String, Map<String, Long>> fileReasons = new TreeMap<>();
    Map<String, Map<String, Long>> fileSkips = new TreeMap<>();
    for (Row r : rows) {
      String path = r.getString(0);
      long n = r.getLong(3);
      long[] f = files.computeIfAbsent(path, k -> new long[4]);
      if (r.getString(1).equals("skipped")) {
        f[3] += n;
        c.skipped += n;
        c.skippedByKind.merge(r.getString(2), n, Long::sum);
        fileSkips.computeIfAbsent(path, k -> new TreeMap<>()).merge(r.getString(2), n, Long::sum);
        continue;
      }
      f[0] += n;
      c.records += n;
      if (r.getString(1).equals("article")) {
        f[1] += n;
        c.articles += n;
        c.paragraphs += r.getLong(4);
      } else {
        String reason = r.getString(2);
        f[2] += n;
        c.rejects += n;
        c.byReason.merge(reason, n, Long::sum);
        fileReasons.computeIfAbsent(path, k -> new TreeMap<>()).merge(reason, n, Long::sum);
      }
    }
    List<Long> repeated = new ArrayList<>();
    for (Row r : outcomes.where(col("kind").equalTo("article"))
        .selectExpr("explode(concat("
            + "transform(article.flags, f -> named_struct('flag', f, 'paragraph', CAST(NULL AS BIGINT))), "
            + "transform(coalesce(array_distinct(story.paragraph_hashes), CAST(array() AS ARRAY<BIGINT>)), "
            + "h -> named_struct('flag', CAST(NULL AS STRING), 'paragraph', h)))) AS e")
        .groupBy("e.flag", "e.paragraph").count()
        .where(col("flag").isNotNull().or(col("count").geq(repeatedParagraphArticles)))
        .collectAsList()) {
      if (r.isNullAt(0)) {
        repeated.add(r.getLong(1));
      } else {
        c.flags.put(r.getString(0), r.getLong(2));
      }
    }
    c.repeatedParagraphs = repeated.stream().mapToLong(Long::longValue).sorted().toArray();
    for (Map.Entry<String, long[]> e : files.entrySet()) {
      long[] f = e.getValue();
      Map<String, Long> skips = fileSkips.get(e.getKey());
      c.perFile.add(new RunSummary.FileCounts(e.getKey(), f[0], f[1], f[2], fileReasons.get(e.getKey()),
          skips == null ? null : f[3], skips));
    }
    return c;
  }
}
