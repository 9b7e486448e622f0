package org.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * The whole job as users run it: {@code jobs/lede run} in a fresh process each time (JVM start, Spark start,
 * the JIT compiling while the job works), stories off, on JSON Lines:
 * <ul>
 *   <li>{@code local[2]} against {@code local[1]} on the many-file corpus;
 *   <li>one large file against the same bytes in many files (both {@code local[2]});
 *   <li>the margin between the small corpus and the large one: (MB large - MB small) / (s large - s small).
 * </ul>
 * Each configuration runs three times, in turns, and the medians are reported with every run. For each run,
 * the process's CPU time and peak resident memory come from {@code /proc} (Linux), and a flight recording
 * gives the JIT compilers' time and the garbage collector's CPU time, reported as shares of the CPU time.
 */
final class FreshJobs {
  private FreshJobs() {}

  static final int RUNS = 3;

  /** One configuration: a master and a corpus. */
  record Config(String name, String master, Path input, double mb) {}

  /**
   * Runs the configurations. {@code many} is a folder of JSON Lines files (the benchmark's synthetic corpus, or
   * the folder LEDE_BENCH_JSONL names); the single file and the small corpus are made from it.
   */
  static Map<String, Object> run(Path root, Path out, Path many) throws Exception {
    Path one = Files.createDirectories(out.resolve("fresh-one"));
    Path small = Files.createDirectories(out.resolve("fresh-small"));
    List<Path> parts = jsonl(many);
    long total = 0;
    try (OutputStream o = Files.newOutputStream(one.resolve("all.jsonl"));
         BufferedWriter s = Files.newBufferedWriter(small.resolve("small.jsonl"))) {
      for (Path p : parts) {
        total += Files.size(p);
        Files.copy(p, o);
      }
      long smallBytes = total / 8; // the first eighth of the articles: 20 MB of 160
      long written = 0;
      for (Path p : parts) {
        for (String line : Files.readAllLines(p)) {
          if (written >= smallBytes) {
            break;
          }
          s.write(line);
          s.write('\n');
          written += line.length() + 1;
        }
      }
    }
    double mbMany = total / 1048576.0;
    double mbSmall = Files.size(small.resolve("small.jsonl")) / 1048576.0;
    List<Config> configs = List.of(new Config("many_files_local2", "local[2]", many, mbMany),
        new Config("many_files_local1", "local[1]", many, mbMany),
        new Config("one_file_local2", "local[2]", one, mbMany),
        new Config("small_local2", "local[2]", small, mbSmall));
    Map<String, List<Map<String, Object>>> runs = new LinkedHashMap<>();
    for (int i = 0; i < RUNS; i++) {
      for (Config c : configs) {
        runs.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(once(root, out, c));
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("jsonl_mb", Benchmark.round(mbMany));
    m.put("small_mb", Benchmark.round(mbSmall));
    Map<String, Double> median = new LinkedHashMap<>();
    for (Config c : configs) {
      Map<String, Object> one1 = new LinkedHashMap<>();
      double s = medianOf(runs.get(c.name()), "seconds");
      median.put(c.name(), s);
      one1.put("median_seconds", Benchmark.round(s));
      one1.put("median_mb_per_s", Benchmark.round(c.mb() / s));
      one1.put("median_jit_share", Benchmark.round(medianOf(runs.get(c.name()), "jit_share")));
      one1.put("median_gc_share", Benchmark.round(medianOf(runs.get(c.name()), "gc_share")));
      one1.put("runs", runs.get(c.name()));
      m.put(c.name(), one1);
    }
    m.put("local2_over_local1", Benchmark.round(median.get("many_files_local1") / median.get("many_files_local2")));
    m.put("one_file_over_many", Benchmark.round(median.get("one_file_local2") / median.get("many_files_local2")));
    m.put("margin_mb_per_s", Benchmark.round((mbMany - mbSmall)
        / (median.get("many_files_local2") - median.get("small_local2"))));
    return m;
  }

  /** One fresh run of {@code jobs/lede run}: seconds, CPU, peak memory, JIT and GC time. */
  static Map<String, Object> once(Path root, Path out, Config c) throws Exception {
    Path output = out.resolve("fresh-out");
    deleteTree(output);
    Path jfr = out.resolve("fresh-" + c.name() + ".jfr");
    ProcessBuilder pb = new ProcessBuilder(root.resolve("jobs/lede").toString(), "run", "--input",
        c.input().toString(), "--output", output.toString(), "--set", "stories.enabled=false", "--quiet")
        .redirectErrorStream(true).redirectOutput(out.resolve("fresh-" + c.name() + ".log").toFile());
    pb.environment().put("SPARK_MASTER", c.master());
    pb.environment().put("JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=filename=" + jfr
        + ",settings=default,jdk.CompilerStatistics#enabled=true,jdk.CompilerStatistics#period=1s");
    long t0 = System.nanoTime();
    Process p = pb.start();
    long pid = p.pid(); // jobs/lede execs java: the same process
    long peakRss = 0;
    double cpu = 0;
    while (!p.waitFor(100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
      peakRss = Math.max(peakRss, rssKb(pid));
      cpu = Math.max(cpu, cpuSeconds(pid));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (p.exitValue() != 0) {
      throw new IllegalStateException(c.name() + ": jobs/lede exited with " + p.exitValue() + "; see its log in "
          + out);
    }
    JsonNode summary = new ObjectMapper().readTree(Files.readAllBytes(latestSummary(output)));
    double jit = 0;
    double gc = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
      switch (e.getEventType().getName()) {
        case "jdk.CompilerStatistics" -> jit = Math.max(jit, e.getDuration("totalTimeSpent").toNanos() / 1e9);
        case "jdk.GCCPUTime" -> gc += (e.getDuration("userTime").toNanos() + e.getDuration("systemTime").toNanos())
            / 1e9;
        default -> { }
      }
    }
    Files.deleteIfExists(jfr);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seconds", Benchmark.round(seconds));
    m.put("job_total_ms", summary.get("durations").get("total_ms").asLong());
    m.put("read_and_analyse_ms", summary.get("durations").get("read_and_analyse_ms").asLong());
    m.put("write_ms", summary.get("durations").get("write_ms").asLong());
    m.put("articles", summary.get("articles").asLong());
    m.put("cpu_seconds", Benchmark.round(cpu));
    m.put("jit_seconds", Benchmark.round(jit));
    m.put("gc_cpu_seconds", Benchmark.round(gc));
    m.put("jit_share", cpu > 0 ? Benchmark.round(jit / cpu) : null);
    m.put("gc_share", cpu > 0 ? Benchmark.round(gc / cpu) : null);
    m.put("peak_rss_mb", peakRss >> 10);
    return m;
  }

  private static double medianOf(List<Map<String, Object>> runs, String key) {
    List<Double> v = runs.stream().map(r -> r.get(key)).filter(x -> x != null)
        .map(x -> ((Number) x).doubleValue()).sorted().collect(Collectors.toList());
    return v.isEmpty() ? Double.NaN : v.get(v.size() / 2);
  }

  /** Resident set size of a process in KB, from /proc (0 elsewhere). */
  private static long rssKb(long pid) {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (l.startsWith("VmRSS:")) {
          return Long.parseLong(l.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process has ended, or this is not Linux
    }
    return 0;
  }

  /** User and system CPU seconds of a process, from /proc (0 elsewhere). */
  private static double cpuSeconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // utime, stime in clock ticks (100/s)
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static Path latestSummary(Path output) throws IOException {
    try (Stream<Path> s = Files.walk(output.resolve("_runs"))) {
      return s.filter(p -> p.getFileName().toString().equals("summary.json")).findFirst().orElseThrow();
    }
  }

  static List<Path> jsonl(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".jsonl")).sorted().collect(Collectors.toList());
    }
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(x);
      }
    }
  }
}
