package org.lede.cli;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.lede.results.DuckDbTables;
import org.lede.results.ResultTables;
import org.lede.spark.Sessions;
import org.lede.spark.output.OutputLayout;
import org.lede.spark.output.Tables;
import org.lede.spark.report.SparkTables;

/**
 * An output directory opened for reading by {@code show} and {@code report}: its file system and its tables.
 * A local output is read by DuckDB in process (an answer in about two seconds); an output on another file
 * system (HDFS, S3A), or a cluster jar without DuckDB, by a Spark session started for it, whose Hadoop
 * settings (spark-submit's {@code spark.hadoop.*}, credentials) also open the output's file system.
 */
final class Results implements AutoCloseable {
  private static final List<String> TABLES = List.of(OutputLayout.ARTICLES, OutputLayout.PARAGRAPHS,
      OutputLayout.REJECTS, OutputLayout.STORIES);

  final OutputLayout layout;
  final FileSystem fs;
  private final SparkSession spark;
  private ResultTables tables;

  Results(String output, String command) throws IOException {
    this.layout = new OutputLayout(output);
    String scheme = layout.root().toUri().getScheme();
    boolean local = scheme == null || scheme.equals("file");
    this.spark = local && DuckDbTables.available() ? null : Sessions.create("lede " + command);
    this.fs = spark == null ? FileSystem.getLocal(new Configuration())
        : layout.root().getFileSystem(spark.sparkContext().hadoopConfiguration());
  }

  /** The tables, opened on first use (the run dates and summaries are read without them). */
  ResultTables tables() throws IOException {
    if (tables == null) {
      List<String> present = new ArrayList<>();
      for (String t : TABLES) {
        if (Tables.hasPartitions(fs, layout, t)) {
          present.add(t);
        }
      }
      tables = spark == null ? new DuckDbTables(new File(fs.makeQualified(layout.root()).toUri()), present)
          : new SparkTables(spark, layout, present);
    }
    return tables;
  }

  @Override
  public void close() {
    if (tables != null) {
      tables.close();
    }
    if (spark != null) {
      spark.stop();
    }
  }
}
