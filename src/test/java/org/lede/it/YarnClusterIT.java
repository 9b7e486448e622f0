package org.lede.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * lede on YARN: a MiniYARNCluster and a MiniDFSCluster in their own JVM ({@link MiniYarn}), the shaded jar
 * submitted through Spark's SparkSubmit with {@code --master yarn} in both deploy modes, input and output on
 * HDFS. The tables must equal a local-mode run row for row; an application killed through the
 * ResourceManager while it writes, then run again, leaves exactly one copy of the date.
 */
class YarnClusterIT {
  static final String JAR = System.getProperty("lede.jar");
  static final Path SPARK_HOME = Path.of(System.getProperty("lede.spark.home"));
  @TempDir static Path tmp;
  static Process hadoop;
  static Path confDir;
  static Path logs;
  static Path logConfig;
  static Configuration conf;
  static String hdfs;
  static String input;
  static SparkSession reader;

  @BeforeAll
  static void start() throws Exception {
    StandaloneCluster.assemble(SPARK_HOME, Path.of(System.getProperty("lede.classpath.file")));
    logs = Files.createDirectories(tmp.resolve("logs"));
    confDir = tmp.resolve("hadoop-conf");
    logConfig = logs.resolve("log4j2-info.properties");
    Files.writeString(logConfig, "rootLogger.level = info\nrootLogger.appenderRef.out.ref = out\n"
        + "appender.out.type = Console\nappender.out.name = out\n"
        + "appender.out.layout.type = PatternLayout\nappender.out.layout.pattern = %d %p %c{1}: %m%n\n");
    List<String> cmd = StandaloneCluster.javaWithFlags();
    String testClasspath = System.getProperty("lede.test.classes") + File.pathSeparator
        + Files.readString(Path.of(System.getProperty("lede.test.classpath.file"))).trim();
    cmd.addAll(List.of("-Xmx1g", "-Dlog4j2.configurationFile=file:" + logConfig, "-cp", testClasspath,
        MiniYarn.class.getName(), tmp.resolve("hadoop").toString(), confDir.toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(logs.resolve("hadoop.log").toFile());
    pb.environment().putAll(env());
    hadoop = pb.start();
    try {
      StandaloneCluster.waitFor(logs.resolve("hadoop.log"), "READY ", Duration.ofSeconds(120));
    } catch (Exception | Error e) {
      stop(); // never leave the cluster's JVM behind
      throw e;
    }
    conf = new Configuration(false);
    conf.addResource(new org.apache.hadoop.fs.Path(confDir.resolve("core-site.xml").toUri()));
    conf.addResource(new org.apache.hadoop.fs.Path(confDir.resolve("yarn-site.xml").toUri()));
    hdfs = conf.get("fs.defaultFS");
    input = hdfs + "/news/in";
    Path local = ItData.corpus(tmp.resolve("corpus"));
    fs().copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(local.toUri()),
        new org.apache.hadoop.fs.Path(input));
    reader = SparkSession.builder().master("local[1]").appName("lede-yarn-it-reader")
        .config("spark.ui.enabled", "false").getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (reader != null) {
      reader.stop();
    }
    if (hadoop != null) {
      hadoop.descendants().forEach(ProcessHandle::destroyForcibly);
      hadoop.destroyForcibly();
    }
  }

  static FileSystem fs() throws IOException {
    return FileSystem.get(URI.create(hdfs), conf);
  }

  static java.util.Map<String, String> env() {
    return java.util.Map.of("SPARK_HOME", SPARK_HOME.toString(), "SPARK_SCALA_VERSION", "2.12",
        "SPARK_LOCAL_IP", "127.0.0.1", "JAVA_HOME", System.getProperty("java.home"),
        "HADOOP_CONF_DIR", confDir.toString(), "YARN_CONF_DIR", confDir.toString());
  }

  /**
   * spark-submit as on a YARN cluster: the client configuration on the submitter's classpath and in
   * HADOOP_CONF_DIR, the Spark jars already on every node (spark.yarn.jars=local:...), everything on loopback.
   */
  static Process submit(String logName, String master, String deployMode, String output, String date)
      throws IOException {
    List<String> cmd = StandaloneCluster.javaWithFlags();
    cmd.addAll(List.of("-Xmx1g", "-Dlog4j2.configurationFile=file:" + logConfig, "-cp",
        confDir + File.pathSeparator + SPARK_HOME.resolve("jars") + "/*", "org.apache.spark.deploy.SparkSubmit",
        "--master", master, "--deploy-mode", deployMode, "--class", "org.lede.cli.Main",
        "--conf", "spark.yarn.jars=local:" + SPARK_HOME.resolve("jars") + "/*",
        "--conf", "spark.yarn.maxAppAttempts=1",
        "--conf", "spark.driver.memory=1g", "--conf", "spark.yarn.am.memory=512m",
        "--conf", "spark.executor.memory=1g", "--conf", "spark.executor.instances=1",
        "--conf", "spark.executor.cores=2",
        "--conf", "spark.driver.host=localhost", "--conf", "spark.driver.bindAddress=127.0.0.1",
        "--conf", "spark.yarn.appMasterEnv.SPARK_LOCAL_IP=127.0.0.1",
        "--conf", "spark.executorEnv.SPARK_LOCAL_IP=127.0.0.1",
        "--conf", "spark.ui.enabled=false", JAR,
        "run", "--input", input, "--output", output, "--run-date", date, "--reprocess"));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(logs.resolve(logName + ".log").toFile());
    pb.environment().putAll(env());
    return pb.start();
  }

  static int run(String logName, String master, String deployMode, String output, String date) throws Exception {
    Process p = submit(logName, master, deployMode, output, date);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished: " + log(logName)).isTrue();
    return p.exitValue();
  }

  /** The submitter's log and, for cluster mode, the containers' (the driver runs in the AM's container). */
  static String log(String name) throws IOException {
    StringBuilder b = new StringBuilder(Files.readString(logs.resolve(name + ".log")));
    try (Stream<Path> s = Files.walk(tmp.resolve("hadoop"))) { // MiniYarn's work folder: the NM's logs too
      for (Path p : s.filter(f -> f.getFileName().toString().equals("stderr")).collect(Collectors.toList())) {
        String text = Files.readString(p);
        b.append("\n--- ").append(p).append('\n').append(text, Math.max(0, text.length() - 20_000), text.length());
      }
    }
    return b.toString();
  }

  @Test
  void bothDeployModesEqualALocalRunAndAKilledApplicationLeavesOneCopyAfterTheRerun() throws Exception {
    String local = hdfs + "/news/local";
    assertThat(run("local", "local[2]", "client", local, "2026-09-01")).as(log("local")).isEqualTo(0);
    String cluster = hdfs + "/news/yarn-cluster";
    assertThat(run("yarn-cluster", "yarn", "cluster", cluster, "2026-09-01")).as(log("yarn-cluster")).isEqualTo(0);
    for (String table : ItData.TABLES) {
      assertThat(ItData.rows(reader, cluster, table, "2026-09-01")).as("cluster mode " + table)
          .isEqualTo(ItData.rows(reader, local, table, "2026-09-01"));
    }
    assertThat(fs().exists(new org.apache.hadoop.fs.Path(cluster + "/_runs/run_date=2026-09-01/_SUCCESS"))).isTrue();

    // kill a cluster-mode application through the ResourceManager while it writes, then run the date again in
    // client mode (the second deploy mode's comparison, in the run the kill needs anyway)
    String out = hdfs + "/news/yarn-killed";
    Process p = submit("yarn-killed", "yarn", "cluster", out, "2026-09-01");
    try (YarnClient yarn = YarnClient.createYarnClient()) {
      yarn.init(conf);
      yarn.start();
      long end = System.nanoTime() + Duration.ofSeconds(180).toNanos();
      boolean writing = false;
      while (!writing && System.nanoTime() < end && p.isAlive()) {
        writing = fs().exists(new org.apache.hadoop.fs.Path(out + "/articles"))
            || fs().exists(new org.apache.hadoop.fs.Path(out + "/paragraphs"));
        Thread.sleep(20);
      }
      assertThat(writing).as("the run reached the write: " + log("yarn-killed")).isTrue();
      List<ApplicationReport> running = new ArrayList<>(yarn.getApplications(EnumSet.of(YarnApplicationState.RUNNING)));
      assertThat(running).hasSize(1);
      yarn.killApplication(running.get(0).getApplicationId());
    }
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as("spark-submit reports the killed application").isNotEqualTo(0);
    assertThat(fs().exists(new org.apache.hadoop.fs.Path(out + "/_runs/run_date=2026-09-01/_SUCCESS"))).isFalse();

    assertThat(run("yarn-rerun", "yarn", "client", out, "2026-09-01")).as(log("yarn-rerun")).isEqualTo(0);
    var articles = reader.read().parquet(out + "/articles").where("run_date = '2026-09-01'");
    assertThat(articles.count()).isEqualTo(ItData.ARTICLES);
    assertThat(articles.select("article_id").distinct().count()).isEqualTo(ItData.ARTICLES);
    for (String table : ItData.TABLES) {
      assertThat(ItData.rows(reader, out, table, "2026-09-01")).as("client-mode rerun " + table)
          .isEqualTo(ItData.rows(reader, local, table, "2026-09-01"));
    }
    assertThat(fs().exists(new org.apache.hadoop.fs.Path(out + "/_runs/run_date=2026-09-01/_SUCCESS"))).isTrue();
  }
}
