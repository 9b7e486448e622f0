package org.lede.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.sum;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.lede.Version;
import org.lede.config.ConfigError;

/**
 * The Spark job: list inputs, analyse them in one flatMap over file batches, write the three tables for the
 * run date (dynamic partition overwrite), then the run summary and success marker.
 */
public final class LedeJob {
  private LedeJob() {}

  public static final String ARTICLES = "articles";
  public static final String PARAGRAPHS = "paragraphs";
  public static final String REJECTS = "rejects";
  public static final String RUNS = "_runs";
  public static final String MARKER = "_SUCCESS";

  public static RunSummary run(SparkSession spark, RunSpec spec) {
    try {
      return runLocked(spark, spec);
    } catch (IOException e) {
      throw new ConfigError("--output " + spec.output() + ": " + e.getMessage(), e);
    }
  }

  private static RunSummary runLocked(SparkSession spark, RunSpec spec) throws IOException {
    long t0 = System.nanoTime();
    Instant started = Instant.now();
    String runDate = spec.runDate().toString();
    String runId = runDate + "T" + DateTimeFormatter.ofPattern("HHmmss").withZone(ZoneOffset.UTC).format(started)
        + "-" + UUID.randomUUID().toString().substring(0, 8);
    configure(spark, spec);
    Configuration hconf = spark.sparkContext().hadoopConfiguration();
    SparkNlpSentiment model = spec.config().sentimentEngine.equals("sparknlp")
        ? SparkNlpSentiment.load(spark, spec.config().sentimentModel) : null;

    List<InputFile> listed = InputListing.list(hconf, spec.inputs());
    Path out = new Path(spec.output());
    Path runDir = new Path(new Path(out, RUNS), "run_date=" + runDate);
    FileSystem outFs = out.getFileSystem(hconf);
    try (RunLock held = RunLock.acquire(outFs, runDir, runId, spec.config().lockStaleAfter)) {
      Incremental.Selection selection =
          Incremental.select(outFs, out, spec.runDate(), spec.since(), spec.reprocess(), listed);
      outFs.delete(new Path(runDir, MARKER), false);
      return analyseAndWrite(spark, spec, runId, started, t0, hconf, out, outFs, runDir, selection, model);
    }
  }

  private static RunSummary analyseAndWrite(SparkSession spark, RunSpec spec, String runId, Instant started, long t0,
      Configuration hconf, Path out, FileSystem outFs, Path runDir, Incremental.Selection selection,
      SparkNlpSentiment model) {
    String runDate = spec.runDate().toString();
    List<InputFile> files = selection.read();
    long tListed = System.nanoTime();

    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<InputFile> parquet = new ArrayList<>();
    List<InputFile> others = new ArrayList<>();
    for (InputFile f : files) {
      (ParquetInput.isParquet(f, spec.config().ingest) ? parquet : others).add(f);
    }
    List<List<InputFile>> batches = batches(others, Math.max(1, jsc.defaultParallelism()) * 4);
    HadoopConf shippedConf = new HadoopConf(hconf);
    JavaRDD<Row> rows = jsc.parallelize(batches, batches.size())
        .flatMap(List::iterator)
        .mapPartitions(new AnalyzeFiles(shippedConf, spec.config(), runId, started));
    Dataset<Row> read = spark.createDataFrame(rows, Schemas.OUTCOME);
    if (!parquet.isEmpty()) {
      read = read.union(ParquetInput.outcomes(spark, parquet, shippedConf, spec.config(), runId, started));
    }
    Dataset<Row> outcomes = read
        .withColumn("uid", monotonically_increasing_id())
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> scored = null;
    try {
      Counts counts = Counts.of(outcomes);
      long tAnalysed = System.nanoTime();
      Dataset<Row> articles = Duplicates.flag(spark, outcomes.where(col("kind").equalTo("article"))
          .select("uid", "article.*"), new Path(out, ARTICLES), outFs, spec.runDate());
      Dataset<Row> paragraphs = outcomes.where(col("kind").equalTo("article"))
          .select(col("uid"), explode(col("paragraphs")).as("p")).select("uid", "p.*");
      if (model != null) {
        scored = ModelSentimentColumns.paragraphs(paragraphs, model.score(paragraphs))
            .persist(StorageLevel.MEMORY_AND_DISK());
        articles = ModelSentimentColumns.articles(articles, scored);
        paragraphs = scored;
      }
      Dataset<Row> rejects = outcomes.where(col("kind").equalTo("reject")).select("reject.*");
      write(spark, articles.drop("uid"), out, ARTICLES, runDate, counts.articles, spec);
      write(spark, paragraphs.drop("uid"), out, PARAGRAPHS, runDate, counts.paragraphs, spec);
      write(spark, rejects, out, REJECTS, runDate, counts.rejects, spec);
      long tWritten = System.nanoTime();

      double ratio = counts.records == 0 ? 0 : (double) counts.rejects / counts.records;
      boolean exceeded = ratio > spec.config().maxRejectRatio;
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("lede_version", Version.get());
      json.put("run_id", runId);
      json.put("run_date", runDate);
      json.put("started_at", started.toString());
      json.put("finished_at", Instant.now().toString());
      Map<String, Object> durations = new LinkedHashMap<>();
      durations.put("list_inputs_ms", (tListed - t0) / 1_000_000);
      durations.put("read_and_analyse_ms", (tAnalysed - tListed) / 1_000_000);
      durations.put("write_ms", (tWritten - tAnalysed) / 1_000_000);
      durations.put("total_ms", (System.nanoTime() - t0) / 1_000_000);
      json.put("durations", durations);
      json.put("inputs", spec.inputs());
      json.put("output", spec.output());
      json.put("files", files.size());
      json.put("files_listed", selection.read().size() + selection.skipped().size());
      json.put("files_skipped", selection.skipped().size());
      json.put("incremental", spec.reprocess() ? "reprocess: every listed file was read"
          : spec.since() != null ? "files read by runs dated before " + spec.since() + " were skipped"
          : "files read by earlier successful runs were skipped");
      List<Map<String, Object>> skipped = new ArrayList<>();
      selection.skipped().forEach((f, by) -> {
        if (skipped.size() < 1000) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("path", f.path());
          m.put("reason", "read by the run of " + by + " with the same size and modification time");
          skipped.add(m);
        }
      });
      json.put("skipped", skipped);
      json.put("records_read", counts.records);
      json.put("skipped_records", counts.skipped);
      json.put("skipped_records_by_kind", counts.skippedByKind);
      json.put("articles", counts.articles);
      json.put("paragraphs", counts.paragraphs);
      json.put("rejects", counts.rejects);
      json.put("rejects_by_reason", counts.byReason);
      json.put("flags", counts.flags);
      json.put("reject_ratio", ratio);
      json.put("max_reject_ratio", spec.config().maxRejectRatio);
      json.put("sentiment_engine", spec.config().sentimentEngine);
      json.put("reject_threshold_exceeded", exceeded);
      json.put("per_file", counts.perFile);
      long duplicates = counts.articles == 0 ? 0 : spark.read().parquet(new Path(new Path(out, ARTICLES),
          "run_date=" + runDate).toString()).where("array_contains(flags, '" + Duplicates.FLAG + "')").count();
      if (duplicates > 0) {
        counts.flags.put(Duplicates.FLAG, duplicates);
      }
      json.put("duplicates_of_earlier_runs", duplicates);
      Incremental.writeManifest(outFs, runDir, files);
      writeSummary(outFs, runDir, json);
      return new RunSummary(runId, runDate, files.size(), counts.records, counts.articles, counts.paragraphs,
          counts.rejects, counts.byReason, counts.flags, ratio, exceeded, json);
    } catch (IOException e) {
      throw new ConfigError("--output " + spec.output() + ": " + e.getMessage(), e);
    } finally {
      if (scored != null) {
        scored.unpersist();
      }
      outcomes.unpersist();
    }
  }

  private static void configure(SparkSession spark, RunSpec spec) {
    spark.conf().set("spark.sql.sources.partitionOverwriteMode", "dynamic");
    spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    spark.conf().set("spark.sql.session.timeZone", "UTC");
    String codec = spec.config().compression;
    spark.conf().set("spark.sql.parquet.compression.codec", codec.equals("none") ? "uncompressed" : codec);
    spark.sparkContext().hadoopConfiguration().set("mapreduce.fileoutputcommitter.marksuccessfuljobs", "false");
    spark.sparkContext().hadoopConfiguration().set("parquet.summary.metadata.level", "NONE");
  }

  /** Files in size-balanced batches (largest first, each to the lightest batch). */
  static List<List<InputFile>> batches(List<InputFile> files, int maxBatches) {
    int n = Math.max(1, Math.min(maxBatches, files.size()));
    List<List<InputFile>> out = new ArrayList<>(n);
    long[] load = new long[n];
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
    }
    List<InputFile> sorted = new ArrayList<>(files);
    sorted.sort(Comparator.comparingLong(InputFile::size).reversed().thenComparing(InputFile::path));
    for (InputFile f : sorted) {
      int best = 0;
      for (int i = 1; i < n; i++) {
        if (load[i] < load[best]) {
          best = i;
        }
      }
      out.get(best).add(f);
      load[best] += Math.max(f.size(), 1024);
    }
    return out;
  }

  /**
   * Replaces the run date's partition of one table. With rows, a dynamic-overwrite write swaps in the new
   * partition at commit; without rows, the old partition (from an earlier run of the same date) is deleted.
   */
  private static void write(SparkSession spark, Dataset<Row> rows, Path out, String table, String runDate,
      long count, RunSpec spec) throws IOException {
    Path tablePath = new Path(out, table);
    if (count == 0) {
      FileSystem fs = tablePath.getFileSystem(spark.sparkContext().hadoopConfiguration());
      fs.delete(new Path(tablePath, "run_date=" + runDate), true);
      return;
    }
    rows.withColumn("run_date", lit(runDate))
        .write()
        .mode(SaveMode.Overwrite)
        .option("partitionOverwriteMode", "dynamic")
        .partitionBy("run_date")
        .parquet(tablePath.toString());
  }

  private static void writeSummary(FileSystem fs, Path runDir, Map<String, Object> json) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    fs.mkdirs(runDir);
    try (OutputStream o = fs.create(new Path(runDir, "summary.json"), true)) {
      o.write(mapper.writeValueAsBytes(json));
    }
    try (OutputStream o = fs.create(new Path(runDir, MARKER), true)) {
      o.write((json.get("run_id") + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The run's counts, from one aggregation over the analysed records. */
  static final class Counts {
    long records;
    long articles;
    long paragraphs;
    long rejects;
    long skipped;
    final Map<String, Long> skippedByKind = new TreeMap<>();
    final Map<String, Long> byReason = new TreeMap<>();
    final Map<String, Long> flags = new TreeMap<>();
    final List<Map<String, Object>> perFile = new ArrayList<>();

    static Counts of(Dataset<Row> outcomes) {
      Counts c = new Counts();
      List<Row> rows = outcomes
          .selectExpr("source_path", "kind", "coalesce(reject.reason_code, skipped.reason) AS reason",
              "CASE WHEN kind = 'article' THEN size(paragraphs) ELSE 0 END AS paragraphs",
              "CASE WHEN kind = 'skipped' THEN skipped.records ELSE 1 END AS n")
          .groupBy("source_path", "kind", "reason")
          .agg(sum("n").as("n"), sum("paragraphs").as("paragraphs"))
          .collectAsList();
      Map<String, long[]> files = new TreeMap<>();
      Map<String, Map<String, Long>> fileReasons = new TreeMap<>();
      Map<String, Map<String, Long>> fileSkips = new TreeMap<>();
      for (Row r : rows) {
        String path = r.getString(0);
        long n = r.getLong(3);
        long[] f = files.computeIfAbsent(path, k -> new long[4]);
        if (r.getString(1).equals("skipped")) {
          f[3] += n;
          c.skipped += n;
          c.skippedByKind.merge(r.getString(2), n, Long::sum);
          fileSkips.computeIfAbsent(path, k -> new TreeMap<>()).merge(r.getString(2), n, Long::sum);
          continue;
        }
        f[0] += n;
        c.records += n;
        if (r.getString(1).equals("article")) {
          f[1] += n;
          c.articles += n;
          c.paragraphs += r.getLong(4);
        } else {
          String reason = r.getString(2);
          f[2] += n;
          c.rejects += n;
          c.byReason.merge(reason, n, Long::sum);
          fileReasons.computeIfAbsent(path, k -> new TreeMap<>()).merge(reason, n, Long::sum);
        }
      }
      for (Row r : outcomes.where(col("kind").equalTo("article"))
          .select(explode(col("article.flags")).as("flag")).groupBy("flag").count().collectAsList()) {
        c.flags.put(r.getString(0), r.getLong(1));
      }
      for (Map.Entry<String, long[]> e : files.entrySet()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", e.getKey());
        m.put("records_read", e.getValue()[0]);
        m.put("articles", e.getValue()[1]);
        m.put("rejects", e.getValue()[2]);
        Map<String, Long> reasons = fileReasons.get(e.getKey());
        if (reasons != null) {
          m.put("rejects_by_reason", reasons);
        }
        Map<String, Long> skips = fileSkips.get(e.getKey());
        if (skips != null) {
          m.put("skipped_records", e.getValue()[3]);
          m.put("skipped_records_by_kind", skips);
        }
        c.perFile.add(m);
      }
      return c;
    }
  }
}
