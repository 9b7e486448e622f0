package org.lede.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * lede on a real standalone cluster (separate Master and Worker JVMs), submitted with SparkSubmit exactly as
 * a user would: the output must equal a local-mode run row for row, survive a killed executor, and a driver
 * killed while writing must leave nothing half-written that a rerun does not replace.
 */
class StandaloneClusterIT {
  static final String JAR = System.getProperty("lede.jar");
  static StandaloneCluster cluster;
  static SparkSession reader;
  @TempDir static Path tmp;
  static Path corpus;

  @BeforeAll
  static void start() throws Exception {
    cluster = new StandaloneCluster(Path.of(System.getProperty("lede.spark.home")),
        Path.of(System.getProperty("lede.classpath.file")), tmp.resolve("logs"));
    reader = SparkSession.builder().master("local[1]").appName("lede-it-reader")
        .config("spark.ui.enabled", "false").getOrCreate();
    corpus = ItData.corpus(tmp.resolve("corpus"));
  }

  @AfterAll
  static void stop() {
    if (reader != null) {
      reader.stop();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  /** `lede run` of the corpus into {@code out} for {@code date}, every file read again. */
  static String[] args(Path out, String date) {
    return new String[] {"run", "--input", corpus.toString(), "--output", out.toString(), "--run-date", date,
        "--reprocess"};
  }

  static int run(String log, String master, Path out, String date) throws Exception {
    Process p = cluster.submit(log, master, JAR, args(out, date));
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
    return p.exitValue();
  }

  static List<String> rows(Path out, String table, String date) {
    return ItData.rows(reader, out.toString(), table, date);
  }

  static String log(String name) throws Exception {
    return Files.readString(cluster.logs.resolve(name + ".log"));
  }

  @Test
  void clusterOutputEqualsLocalModeRowForRowEvenWhenAnExecutorDies() throws Exception {
    Path local = tmp.resolve("local-out");
    assertThat(run("local", "local[2]", local, "2026-09-01")).as(log("local")).isEqualTo(0);

    // the cluster run: one executor JVM is killed while it runs; Spark relaunches it and the output is the
    // local run's, row for row (one run covers both, to keep the suite's time down)
    Path onCluster = tmp.resolve("cluster-out");
    Process p = cluster.submit("executor-killed", cluster.master, JAR, args(onCluster, "2026-09-01"));
    Optional<ProcessHandle> executor = Optional.empty();
    long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (executor.isEmpty() && System.nanoTime() < end && p.isAlive()) {
      executor = ProcessHandle.allProcesses()
          .filter(h -> h.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend"))
          .findFirst();
      Thread.sleep(100);
    }
    assertThat(executor).as("an executor started").isPresent();
    StandaloneCluster.waitFor(cluster.logs.resolve("executor-killed.log"), "Starting task", Duration.ofSeconds(90));
    executor.get().destroyForcibly();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(log("executor-killed")).isEqualTo(0);
    assertThat(log("executor-killed")).containsAnyOf("Lost executor", "lost", "Executor lost", "removed");
    for (String table : ItData.TABLES) {
      assertThat(rows(onCluster, table, "2026-09-01")).as(table).isEqualTo(rows(local, table, "2026-09-01"));
    }
    // story_id is among the columns compared; the corpus' copies are in their originals' stories
    List<org.apache.spark.sql.Row> pairs = reader.read().parquet(onCluster.resolve("articles").toString())
        .selectExpr("regexp_extract(source_path, '(story|copy)-([0-9]+)', 2) as n", "story_id")
        .where("n <> '' and cast(n as int) % 15 = 0").groupBy("n").agg(
            org.apache.spark.sql.functions.countDistinct("story_id").as("ids"),
            org.apache.spark.sql.functions.count("*").as("articles")).collectAsList();
    assertThat(pairs).hasSize(20).allSatisfy(r -> {
      assertThat(r.getLong(1)).isEqualTo(1);
      assertThat(r.getLong(2)).isEqualTo(2);
    });
  }

  @Test
  void aDriverKilledWhileWritingLeavesNothingARerunDoesNotReplace() throws Exception {
    Path out = tmp.resolve("driver-killed-out");
    Process p = cluster.submit("driver-killed", cluster.master, JAR, args(out, "2026-09-02"));
    long end = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    boolean writing = false;
    while (!writing && System.nanoTime() < end && p.isAlive()) {
      writing = Files.isDirectory(out.resolve("articles")) || Files.isDirectory(out.resolve("paragraphs"));
      Thread.sleep(20);
    }
    assertThat(writing).as("the run reached the write: " + log("driver-killed")).isTrue();
    p.descendants().forEach(ProcessHandle::destroyForcibly);
    p.destroyForcibly();
    p.waitFor(30, TimeUnit.SECONDS);
    // readers see no partial partition for the date, and no success marker
    assertThat(out.resolve("_runs/run_date=2026-09-02/_SUCCESS")).doesNotExist();
    if (Files.isDirectory(out.resolve("articles/run_date=2026-09-02"))) {
      // a partition is only ever moved into place whole by the commit
      assertThat(reader.read().parquet(out.resolve("articles/run_date=2026-09-02").toString()).count()).isPositive();
    }
    // the rerun breaks the dead driver's lock and leaves exactly one copy of every article
    assertThat(run("rerun", cluster.master, out, "2026-09-02")).as(log("rerun")).isEqualTo(0);
    Dataset<Row> articles = reader.read().parquet(out.resolve("articles").toString()).where("run_date = '2026-09-02'");
    assertThat(articles.count()).isEqualTo(ItData.ARTICLES);
    assertThat(articles.select("article_id").distinct().count()).isEqualTo(ItData.ARTICLES);
    assertThat(out.resolve("_runs/run_date=2026-09-02/_SUCCESS")).exists();
  }
}
