package org.lede.spark.input;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.lede.ingest.RejectReason;
import org.lede.spark.output.OutcomeRejects;

/**
 * Ids repeated within a file that the job read in parts: each part's reader sees only its own records, so a
 * record whose id an earlier line of the same file already gave is found here, across the parts, and becomes
 * the {@code duplicate_id} reject it is when the file is read whole.
 */
public final class SplitDuplicates {
  private SplitDuplicates() {}

  /** The records of {@code splitFiles} whose article id an earlier line of their file already has. */
  public static List<OutcomeRejects.Change> find(Dataset<Row> outcomes, Set<String> splitFiles) {
    List<OutcomeRejects.Change> out = new ArrayList<>();
    if (splitFiles.isEmpty()) {
      return out;
    }
    Dataset<Row> ids = outcomes
        .where(col("kind").equalTo("article").and(col("source_path").isin(splitFiles.toArray())))
        .select(col("uid"), col("source_path"), col("article.article_id").as("id"),
            col("article.record_locator").as("locator"),
            col("article.record_locator").substr(6, 20).cast("long").as("line"));
    Dataset<Row> repeated = ids.groupBy("source_path", "id").count().where(col("count").gt(1)).drop("count");
    for (Row r : ids.join(repeated, new String[] {"source_path", "id"}, "left_semi")
        .withColumn("n", row_number().over(Window.partitionBy("source_path", "id").orderBy("line")))
        .withColumn("first", org.apache.spark.sql.functions.first("locator")
            .over(Window.partitionBy("source_path", "id").orderBy("line")))
        .where(col("n").gt(1))
        .select("uid", "id", "first")
        .collectAsList()) {
      out.add(new OutcomeRejects.Change(r.getLong(0), RejectReason.DUPLICATE_ID,
          "id '" + r.getString(1) + "' already appeared earlier in this file (" + r.getString(2) + ")"));
    }
    return out;
  }
}
