package org.lede.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The SparkSession for a CLI command: spark-submit's master when given, else local mode on all cores. */
public final class Sessions {
  private Sessions() {}

  public static SparkSession create(String appName) {
    SparkSession.Builder b = SparkSession.builder().appName(appName)
        .config("spark.sql.debug.maxToStringFields", 200);
    if (!new SparkConf().contains("spark.master")) {
      b.master("local[*]");
    }
    return b.getOrCreate();
  }
}
