package org.lede.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.lede.config.LedeConfig;
import org.lede.spark.output.RunSummary;

/**
 * The Spark suites' base (in the manner of Iceberg's TestBase): one local session per suite on two cores
 * with two shuffle partitions, started before the suite's own {@code @BeforeAll} and stopped after it, and
 * helpers for tiny inline data, runs of the job and reading its tables back.
 */
abstract class SparkSuite {
  static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().master("local[2]").appName("lede-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
      spark = null;
    }
  }

  /** The job on {@code inputs}, writing {@code out} for {@code date}. */
  static RunSummary run(List<String> inputs, Path out, String date, LedeConfig config) {
    return LedeJob.run(spark, new RunSpec(inputs, out.toString(), LocalDate.parse(date), config));
  }

  /** One table's rows for a run date. */
  static Dataset<Row> table(Path out, String table, String date) {
    return spark.read().parquet(out.resolve(table).toString()).where("run_date = '" + date + "'");
  }

  /** Writes a small file (creating its folders) and returns its path. */
  static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
