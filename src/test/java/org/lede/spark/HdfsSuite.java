package org.lede.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.config.LedeConfig;
import org.lede.spark.output.RunSummary;

/** The job with input and output on hdfs://, on a MiniDFSCluster started by the test. */
class HdfsSuite extends SparkSuite {
  static MiniDFSCluster cluster;
  static String hdfs;
  @TempDir static Path tmp;

  @BeforeAll
  static void start() throws Exception {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, tmp.resolve("dfs").toString());
    cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    cluster.waitActive();
    hdfs = cluster.getURI().toString();
    FileSystem fs = cluster.getFileSystem();
    fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(
        new File(System.getProperty("lede.project.dir", "."), "src/samples/corpus").getAbsolutePath()),
        new org.apache.hadoop.fs.Path("/news/in"));
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  @Test
  void readsAndWritesHdfs() throws Exception {
    String in = hdfs + "/news/in";
    String out = hdfs + "/news/lede";
    RunSummary s = LedeJob.run(spark, new RunSpec(List.of(in), out, LocalDate.parse("2026-08-01"), LedeConfig.defaults()));
    assertThat(s.files()).isEqualTo(10);
    assertThat(s.articles()).isEqualTo(15);
    assertThat(s.rejects()).isEqualTo(2);
    assertThat(spark.read().parquet(out + "/articles").where("run_date = '2026-08-01'").count()).isEqualTo(15);
    assertThat(spark.read().parquet(out + "/paragraphs").count()).isEqualTo(s.paragraphs());
    FileSystem fs = cluster.getFileSystem();
    assertThat(fs.exists(new org.apache.hadoop.fs.Path("/news/lede/_runs/run_date=2026-08-01/_SUCCESS"))).isTrue();
    assertThat(fs.exists(new org.apache.hadoop.fs.Path("/news/lede/_runs/run_date=2026-08-01/_lock"))).isFalse();
    assertThat(spark.read().parquet(out + "/articles").select("source_path").first().getString(0)).startsWith("hdfs://");
    // a rerun of the same date on HDFS leaves one copy
    LedeJob.run(spark, new RunSpec(List.of(in), out, LocalDate.parse("2026-08-01"), LedeConfig.defaults()));
    assertThat(spark.read().parquet(out + "/articles").where("run_date = '2026-08-01'").count()).isEqualTo(15);
  }
}
