package org.lede.spark;

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
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/**
 * Duplicate articles across runs: an article whose content_sha256 already appears in an earlier run date's
 * partition of {@code articles} is still written (the run date's partition stays complete) but carries the
 * flag {@value #FLAG}, so reports can leave it out instead of counting it twice.
 */
final class Duplicates {
  private Duplicates() {}

  static final String FLAG = "duplicate_content";

  static Dataset<Row> flag(SparkSession spark, Dataset<Row> articles, Path table, FileSystem fs, LocalDate runDate)
      throws IOException {
    if (!fs.exists(table)) {
      return articles;
    }
    Dataset<Row> earlier;
    try {
      earlier = spark.read().parquet(table.toString())
          .where(col("run_date").lt(lit(java.sql.Date.valueOf(runDate))))
          .select(col("content_sha256").as("earlier_sha")).distinct();
    } catch (Exception e) {
      return articles; // no readable partitions (for example only the staging folder of a killed run)
    }
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
