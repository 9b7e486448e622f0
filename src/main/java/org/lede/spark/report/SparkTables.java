package org.lede.spark.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.lede.results.ResultTables;
import org.lede.spark.output.OutputLayout;

/**
 * The output tables read by Spark, as temporary views: for an output on a distributed file system (HDFS, S3A),
 * which the embedded engine does not read. The session is the caller's: it stays open.
 */
public final class SparkTables implements ResultTables {
  private final SparkSession spark;
  private final Set<String> tables = new HashSet<>();

  public SparkTables(SparkSession spark, OutputLayout layout, List<String> withPartitions) {
    this.spark = spark;
    for (String table : withPartitions) {
      spark.read().option("mergeSchema", "true").parquet(layout.table(table).toString())
          .createOrReplaceTempView(table);
      tables.add(table);
    }
  }

  @Override
  public boolean has(String table) {
    return tables.contains(table);
  }

  @Override
  public boolean hasColumn(String table, String column) {
    return has(table) && java.util.Arrays.asList(spark.table(table).columns()).contains(column);
  }

  @Override
  public List<Object[]> query(String sql) {
    List<Object[]> rows = new ArrayList<>();
    for (Row r : spark.sql(sql).collectAsList()) {
      Object[] row = new Object[r.size()];
      for (int i = 0; i < row.length; i++) {
        row[i] = ResultTables.value(r.get(i));
      }
      rows.add(row);
    }
    return rows;
  }

  @Override
  public void materialize(String name, String select) {
    spark.sql(select).cache().createOrReplaceTempView(name);
  }

  @Override
  public void close() {
    // the session is the caller's
  }
}
