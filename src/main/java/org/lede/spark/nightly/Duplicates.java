package org.lede.spark.nightly;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.lede.spark.output.OutputLayout;
import org.lede.spark.output.Schemas;
import org.lede.spark.output.Tables;

/**
 * Duplicate articles across runs: an article whose content_sha256 already appears in an earlier run date's
 * partition of {@code articles} is still written (the run date's partition stays complete) but carries the
 * flag {@value #FLAG}, so reports can leave it out instead of counting it twice.
 */
public final class Duplicates {
  private Duplicates() {}

  public static final String FLAG = "duplicate_content";

  public static Dataset<Row> flag(SparkSession spark, Dataset<Row> articles, OutputLayout layout, FileSystem fs,
      LocalDate runDate) throws IOException {
    if (!Tables.hasPartitions(fs, layout, OutputLayout.ARTICLES)) {
      return articles; // the first run, or only the staging folder of a killed one
    }
    Dataset<Row> earlier = spark.read().parquet(layout.table(OutputLayout.ARTICLES).toString())
        .where(col(OutputLayout.RUN_DATE).lt(lit(java.sql.Date.valueOf(runDate))))
        .select(col("content_sha256").as("earlier_sha")).distinct();
    Dataset<Row> joined = articles.join(earlier, articles.col("content_sha256").equalTo(earlier.col("earlier_sha")),
        "left");
    List<Column> cols = new ArrayList<>();
    cols.add(col("uid"));
    for (StructField f : Schemas.ARTICLE.fields()) {
      if (f.name().equals("flags")) {
        cols.add(when(col("earlier_sha").isNotNull(), array_union(col("flags"), array(lit(FLAG))))
            .otherwise(col("flags")).as("flags"));
      } else {
        cols.add(col(f.name()));
      }
    }
    return joined.select(cols.toArray(new Column[0]));
  }
}
