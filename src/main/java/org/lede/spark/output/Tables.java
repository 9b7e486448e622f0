package org.lede.spark.output;

import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/** Writes the tables' run-date partitions. */
public final class Tables {
  private Tables() {}

  /**
   * Replaces the run date's partition of one table. With rows, a dynamic-overwrite write swaps in the new
   * partition at commit; without rows, the old partition is deleted ({@link #clearPartition}).
   */
  public static void replacePartition(SparkSession spark, Dataset<Row> rows, OutputLayout layout, String table,
      String runDate, long count) throws IOException {
    replacePartition(spark, rows, layout, table, runDate, count, Map.of());
  }

  /** {@link #replacePartition} with Parquet writer {@code options} (compression, say). */
  public static void replacePartition(SparkSession spark, Dataset<Row> rows, OutputLayout layout, String table,
      String runDate, long count, Map<String, String> options) throws IOException {
    if (count == 0) {
      clearPartition(spark, layout, table, runDate);
      return;
    }
    rows.withColumn(OutputLayout.RUN_DATE, lit(runDate))
        .write()
        .mode(SaveMode.Overwrite)
        .option("partitionOverwriteMode", "dynamic")
        .options(dictionaries(rows.schema()))
        .options(options)
        .partitionBy(OutputLayout.RUN_DATE)
        .parquet(layout.table(table).toString());
  }

  /** Columns whose values repeat from row to row: the only ones worth a Parquet dictionary. */
  private static final java.util.Set<String> REPEATING = java.util.Set.of("source_path", "source", "language",
      "reading_level", "sentiment_label", "run_id", "processed_at", "flags", "reason_code", "first_source");

  /**
   * Parquet writer options that keep dictionary encoding for the columns whose values repeat and leave it off
   * for the rest (texts, ids, hashes and measures are nearly all distinct: building a dictionary for them,
   * only to give it up at its size limit, cost a third of the time spent writing).
   */
  static Map<String, String> dictionaries(org.apache.spark.sql.types.StructType schema) {
    Map<String, String> o = new java.util.HashMap<>();
    o.put("parquet.enable.dictionary", "false");
    for (String name : schema.fieldNames()) {
      if (REPEATING.contains(name)) {
        o.put("parquet.enable.dictionary#" + name, "true");
        o.put("parquet.enable.dictionary#" + name + ".list.element", "true");
      }
    }
    return o;
  }

  /**
   * Deletes the run date's partition of one table (an earlier run's of the same date), leaving the table's
   * folder (or making it) empty, so that tables declared over it (conf/sql) still exist.
   */
  public static void clearPartition(SparkSession spark, OutputLayout layout, String table, String runDate)
      throws IOException {
    FileSystem fs = layout.root().getFileSystem(spark.sparkContext().hadoopConfiguration());
    fs.delete(layout.partition(table, runDate), true);
    fs.mkdirs(layout.table(table));
  }

  /**
   * Whether the table has a run-date partition with data files. A table folder without one (only the staging
   * folder of a killed run, say) cannot be read: Spark finds no schema in it.
   */
  public static boolean hasPartitions(FileSystem fs, OutputLayout layout, String table) throws IOException {
    Path t = layout.table(table);
    if (!fs.exists(t)) {
      return false;
    }
    for (FileStatus st : fs.listStatus(t)) {
      if (st.isDirectory() && OutputLayout.dateOf(st.getPath()) != null) {
        for (FileStatus f : fs.listStatus(st.getPath())) {
          if (f.isFile() && f.getPath().getName().endsWith(".parquet")) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
