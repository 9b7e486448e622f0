package org.lede.spark.input;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * What the analysis step has read so far, counted on the executors (accumulators, for the progress display:
 * a task Spark runs twice counts twice).
 */
public final class ReadCounters implements Serializable {
  private static final long serialVersionUID = 1L;
  final LongAccumulator files;
  final LongAccumulator records;
  final LongAccumulator articles;
  final LongAccumulator bytes;

  public ReadCounters(SparkContext sc) {
    files = sc.longAccumulator("lede.files");
    records = sc.longAccumulator("lede.records");
    articles = sc.longAccumulator("lede.articles");
    bytes = sc.longAccumulator("lede.bytes");
  }

  /** Files, records, articles and bytes, in that order. */
  public LongAccumulator[] all() {
    return new LongAccumulator[] {files, records, articles, bytes};
  }
}
