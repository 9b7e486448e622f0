package org.lede.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A throwaway Spark standalone cluster on 127.0.0.1: a Master and a Worker JVM started from the minimal
 * SPARK_HOME that the build assembles (target/spark-home: jars/ and a RELEASE file), stopped by the processes
 * it started. jobs/standalone-cluster does the same from the shell.
 */
final class StandaloneCluster implements AutoCloseable {
  final Path sparkHome;
  final Path logs;
  final int port;
  final String master;
  private final Path logConfig;
  private final List<Process> processes = new ArrayList<>();

  StandaloneCluster(Path sparkHome, Path classpathFile, Path logs) throws Exception {
    this.sparkHome = sparkHome;
    this.logs = Files.createDirectories(logs);
    assemble(sparkHome, classpathFile);
    // Spark NLP's jar carries a log4j config in log4j-1 syntax; these JVMs log at INFO with their own
    this.logConfig = logs.resolve("log4j2-info.properties");
    Files.writeString(logConfig, "rootLogger.level = info\nrootLogger.appenderRef.out.ref = out\n"
        + "appender.out.type = Console\nappender.out.name = out\n"
        + "appender.out.layout.type = PatternLayout\nappender.out.layout.pattern = %d %p %c{1}: %m%n\n");
    this.port = freePort();
    this.master = "spark://127.0.0.1:" + port;
    try {
      startAll();
    } catch (Exception | Error e) {
      close(); // never leave a Master or Worker behind
      throw e;
    }
  }

  private void startAll() throws Exception {
    start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", String.valueOf(port),
        "--webui-port", String.valueOf(freePort()));
    waitFor(logs.resolve("master.log"), "I have been elected leader", Duration.ofSeconds(60));
    start("worker", "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "2", "--memory",
        "3g", "--webui-port", String.valueOf(freePort()), "--work-dir", logs.resolve("work").toString(), master);
    waitFor(logs.resolve("worker.log"), "Successfully registered with master", Duration.ofSeconds(60));
  }

  /**
   * A minimal SPARK_HOME: jars/ with links to the Maven-resolved Spark runtime (target/classpath.txt, the
   * compile and provided classpath) and a RELEASE file, which makes Spark's launcher use jars/.
   */
  static void assemble(Path sparkHome, Path classpathFile) throws IOException {
    Path jars = Files.createDirectories(sparkHome.resolve("jars"));
    for (String entry : Files.readString(classpathFile).trim().split(java.io.File.pathSeparator)) {
      Path jar = Path.of(entry);
      Path link = jars.resolve(jar.getFileName());
      if (entry.endsWith(".jar") && !Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        Files.createSymbolicLink(link, jar);
      }
    }
    Files.writeString(sparkHome.resolve("RELEASE"), "Spark 3.5.7 (jars resolved by Maven, linked by lede)\n");
  }

  static List<String> javaWithFlags() {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String f : System.getProperty("lede.java17.flags", "").split(" ")) {
      if (!f.isBlank()) {
        cmd.add(f);
      }
    }
    return cmd;
  }

  Map<String, String> env() {
    return Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_SCALA_VERSION", "2.12", "SPARK_LOCAL_IP", "127.0.0.1");
  }

  private void start(String name, String mainClass, String... args) throws IOException {
    List<String> cmd = javaWithFlags();
    cmd.addAll(List.of("-Xmx512m", "-Dlog4j2.configurationFile=file:" + logConfig, "-cp",
        sparkHome.resolve("jars") + "/*", mainClass));
    cmd.addAll(Arrays.asList(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(logs.resolve(name + ".log").toFile());
    pb.environment().putAll(env());
    processes.add(pb.start());
  }

  /** spark-submit as a user runs it: org.apache.spark.deploy.SparkSubmit with the shaded jar. */
  Process submit(String logName, String masterUrl, String jar, String... ledeArgs) throws IOException {
    List<String> cmd = javaWithFlags();
    cmd.addAll(List.of("-Xmx1g", "-Dlog4j2.configurationFile=file:" + logConfig, "-cp",
        sparkHome.resolve("jars") + "/*", "org.apache.spark.deploy.SparkSubmit",
        "--master", masterUrl, "--class", "org.lede.cli.Main",
        "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.executor.memory=1g",
        "--conf", "spark.cores.max=2", "--conf", "spark.ui.enabled=false", jar));
    cmd.addAll(Arrays.asList(ledeArgs));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(logs.resolve(logName + ".log").toFile());
    pb.environment().putAll(env());
    return pb.start();
  }

  static void waitFor(Path log, String text, Duration timeout) throws Exception {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (Files.exists(log) && Files.readString(log).contains(text)) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("'" + text + "' did not appear in " + log + ":\n"
        + (Files.exists(log) ? Files.readString(log) : "(no log)"));
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      Process p = processes.get(i);
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroy();
      try {
        if (!p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
