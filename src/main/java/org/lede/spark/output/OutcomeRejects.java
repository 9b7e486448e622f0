package org.lede.spark.output;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.lede.ingest.RejectReason;

/**
 * Turns analysed records into rejects after the fact: the records whose rows the writer refused
 * ({@link WriteScreen}), and records whose id repeats one read in another part of the same file.
 */
public final class OutcomeRejects {
  private OutcomeRejects() {}

  /** A record (by its outcome's {@code uid}) that becomes a reject with {@code code} and {@code reason}. */
  public record Change(long uid, RejectReason code, String reason) {}

  /**
   * The outcomes with each record of {@code changes} turned into a reject with its code and reason: its
   * article, paragraphs and story input dropped; a reject changed again keeps its file and locator and loses
   * its excerpt.
   */
  public static Dataset<Row> apply(SparkSession spark, Dataset<Row> outcomes, List<Change> changes, String runId,
      Instant processedAt) {
    List<Row> rows = new ArrayList<>();
    for (Change c : changes) {
      rows.add(RowFactory.create(c.uid(), c.code().code(), c.reason()));
    }
    StructType schema = new StructType(new StructField[] {
        DataTypes.createStructField("bad_uid", DataTypes.LongType, false),
        DataTypes.createStructField("bad_code", DataTypes.StringType, false),
        DataTypes.createStructField("bad_reason", DataTypes.StringType, false)});
    Dataset<Row> joined = outcomes.join(broadcast(spark.createDataFrame(rows, schema).dropDuplicates("bad_uid")),
        col("uid").equalTo(col("bad_uid")), "left");
    Column isBad = col("bad_uid").isNotNull();
    Column reject = struct(
        col("source_path").as("source_path"),
        coalesce(col("article.record_locator"), col("reject.record_locator"), lit("record")).as("record_locator"),
        col("bad_code").as("reason_code"),
        col("bad_reason").as("reason"),
        lit(null).cast(DataTypes.StringType).as("raw_excerpt"),
        lit(runId).as("run_id"),
        lit(Timestamp.from(processedAt)).as("processed_at"));
    List<Column> cols = new ArrayList<>();
    for (StructField f : Schemas.OUTCOME.fields()) {
      Column c = switch (f.name()) {
        case "kind" -> when(isBad, lit("reject")).otherwise(col("kind"));
        case "reject" -> when(isBad, reject).otherwise(col("reject"));
        case "article", "paragraphs", "story" -> when(isBad, lit(null).cast(f.dataType())).otherwise(col(f.name()));
        default -> col(f.name());
      };
      cols.add(c.as(f.name()));
    }
    cols.add(col("uid"));
    return joined.select(cols.toArray(new Column[0]));
  }
}
