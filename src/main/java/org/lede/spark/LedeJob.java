package org.lede.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.lede.Version;
import org.lede.config.ConfigError;
import org.lede.config.SentimentEngine;
import org.lede.spark.input.AnalyzeFiles;
import org.lede.spark.input.HadoopConf;
import org.lede.spark.input.InputFile;
import org.lede.spark.input.InputListing;
import org.lede.spark.input.ParquetInput;
import org.lede.spark.model.ModelSentimentColumns;
import org.lede.spark.model.SparkNlpSentiment;
import org.lede.spark.nightly.Duplicates;
import org.lede.spark.nightly.Incremental;
import org.lede.spark.nightly.RunLock;
import org.lede.spark.output.OutputLayout;
import org.lede.spark.output.RunSummary;
import org.lede.spark.output.RunSummaryFile;
import org.lede.spark.output.Schemas;
import org.lede.spark.output.Tables;
import org.lede.spark.stories.StoryStep;

/**
 * The Spark job: list inputs, analyse them in one flatMap over file batches, find the stories, write the
 * tables for the run date (dynamic partition overwrite), then the run summary and success marker
 * ({@link OutputLayout}).
 */
public final class LedeJob {
  private LedeJob() {}

  public static RunSummary run(SparkSession spark, RunSpec spec) {
    return run(spark, spec, Progress.View.NONE);
  }

  /** Runs the job, showing its progress to {@code view} while it works. */
  public static RunSummary run(SparkSession spark, RunSpec spec, Progress.View view) {
    try (Progress progress = new Progress(spark.sparkContext(), view)) {
      return runLocked(spark, spec, progress);
    } catch (IOException e) {
      throw new ConfigError("--output " + spec.output() + ": " + e.getMessage(), e);
    }
  }

  private static RunSummary runLocked(SparkSession spark, RunSpec spec, Progress progress) throws IOException {
    long t0 = System.nanoTime();
    Instant started = Instant.now();
    String runDate = spec.runDate().toString();
    String runId = runDate + "T" + DateTimeFormatter.ofPattern("HHmmss").withZone(ZoneOffset.UTC).format(started)
        + "-" + UUID.randomUUID().toString().substring(0, 8);
    configure(spark, spec);
    Configuration hconf = spark.sparkContext().hadoopConfiguration();
    SparkNlpSentiment model = spec.config().sentimentEngine == SentimentEngine.SPARKNLP
        ? SparkNlpSentiment.load(spark, spec.config().sentimentModel) : null;

    List<InputFile> listed = InputListing.list(hconf, spec.inputs());
    OutputLayout layout = new OutputLayout(spec.output());
    FileSystem outFs = layout.root().getFileSystem(hconf);
    try (RunLock held = RunLock.acquire(outFs, layout.lock(runDate), runId, spark.sparkContext().applicationId(),
        spec.config().lockStaleAfter)) {
      Incremental.Selection selection =
          Incremental.select(outFs, layout, spec.runDate(), spec.since(), spec.reprocess(), listed);
      outFs.delete(layout.marker(runDate), false);
      Run run = new Run(spark, spec, runId, started, t0, layout, outFs, progress);
      return run.analyseAndWrite(hconf, selection, model);
    }
  }

  /** One run's state while it analyses and writes. */
  private record Run(SparkSession spark, RunSpec spec, String runId, Instant started, long t0, OutputLayout layout,
      FileSystem outFs, Progress progress) {

    RunSummary analyseAndWrite(Configuration hconf, Incremental.Selection selection, SparkNlpSentiment model)
        throws IOException {
      String runDate = spec.runDate().toString();
      List<InputFile> files = selection.read();
      long tListed = System.nanoTime();
      progress.listed(files.size(), files.stream().mapToLong(InputFile::size).sum());
      progress.step("analysing");
      Dataset<Row> outcomes = outcomes(files, new HadoopConf(hconf))
          .withColumn("uid", monotonically_increasing_id())
          .persist(storageLevel(spec.config().outcomesStorage));
      Dataset<Row> scored = null;
      StoryStep stories = null;
      try {
        OutcomeCounts counts = OutcomeCounts.of(outcomes, spec.config().stories.repeatedParagraphArticles());
        long tAnalysed = System.nanoTime();
        Dataset<Row> articles = Duplicates.flag(spark, outcomes.where(col("kind").equalTo("article"))
            .select("uid", "article.*"), layout, outFs, spec.runDate());
        Dataset<Row> paragraphs = outcomes.where(col("kind").equalTo("article"))
            .select(col("uid"), explode(col("paragraphs")).as("p")).select("uid", "p.*");
        if (model != null) {
          scored = ModelSentimentColumns.paragraphs(paragraphs, model.score(paragraphs))
              .persist(StorageLevel.MEMORY_AND_DISK());
          articles = ModelSentimentColumns.articles(articles, scored);
          paragraphs = scored;
        }
        Dataset<Row> rejects = outcomes.where(col("kind").equalTo("reject")).select("reject.*");
        long tStories = System.nanoTime();
        if (spec.config().stories.enabled()) {
          progress.step("finding stories");
          stories = StoryStep.run(spark, outcomes, counts.articles, counts.repeatedParagraphs, layout, outFs,
              spec.runDate(), spec.config().stories);
          articles = stories.withStoryIds(articles);
        } else {
          articles = StoryStep.ownStories(articles);
        }
        long storiesMs = (System.nanoTime() - tStories) / 1_000_000;
        write(articles.drop("uid"), OutputLayout.ARTICLES, counts.articles);
        write(paragraphs.drop("uid"), OutputLayout.PARAGRAPHS, counts.paragraphs);
        write(rejects, OutputLayout.REJECTS, counts.rejects);
        tStories = System.nanoTime();
        RunSummary.Stories storyCounts = null;
        if (stories != null) {
          progress.step("writing " + OutputLayout.STORIES);
          storyCounts = stories.write();
        } else {
          StoryStep.clear(spark, layout, runDate);
        }
        storiesMs += (System.nanoTime() - tStories) / 1_000_000;
        long tWritten = System.nanoTime();
        progress.step("writing the run summary");

        long duplicates = counts.articles == 0 ? 0 : spark.read()
            .parquet(layout.partition(OutputLayout.ARTICLES, runDate).toString())
            .where("array_contains(flags, '" + Duplicates.FLAG + "')").count();
        if (duplicates > 0) {
          counts.flags.put(Duplicates.FLAG, duplicates);
        }
        double ratio = counts.records == 0 ? 0 : (double) counts.rejects / counts.records;
        List<RunSummary.SkippedFile> skipped = new ArrayList<>();
        selection.skipped().forEach((f, by) -> {
          if (skipped.size() < 1000) {
            skipped.add(new RunSummary.SkippedFile(f.path(),
                "read by the run of " + by + " with the same size and modification time"));
          }
        });
        RunSummary summary = new RunSummary(Version.get(), runId, runDate, started.toString(),
            Instant.now().toString(),
            new RunSummary.Durations((tListed - t0) / 1_000_000, (tAnalysed - tListed) / 1_000_000,
                (tWritten - tAnalysed) / 1_000_000, (System.nanoTime() - t0) / 1_000_000, storiesMs),
            spec.inputs(), spec.output(), files.size(), files.size() + selection.skipped().size(),
            selection.skipped().size(), incremental(spec), skipped, counts.records, counts.skipped,
            counts.skippedByKind, counts.articles, counts.paragraphs, counts.rejects, counts.byReason, counts.flags,
            ratio, spec.config().maxRejectRatio, spec.config().sentimentEngine.key(),
            ratio > spec.config().maxRejectRatio, counts.perFile, duplicates, storyCounts);
        Incremental.writeManifest(outFs, layout, runDate, files);
        RunSummaryFile.write(outFs, layout, summary);
        return summary;
      } finally {
        if (scored != null) {
          scored.unpersist();
        }
        if (stories != null) {
          stories.close();
        }
        outcomes.unpersist();
      }
    }

    /** Every listed file's records as {@link Schemas#OUTCOME} rows: analysed articles, rejects, skip counts. */
    private Dataset<Row> outcomes(List<InputFile> files, HadoopConf shippedConf) {
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      List<InputFile> parquet = new ArrayList<>();
      List<InputFile> others = new ArrayList<>();
      for (InputFile f : files) {
        (ParquetInput.isParquet(f, spec.config().ingest) ? parquet : others).add(f);
      }
      List<List<InputFile>> batches = batches(others, Math.max(1, jsc.defaultParallelism()) * 4);
      JavaRDD<Row> rows = jsc.parallelize(batches, batches.size())
          .flatMap(List::iterator)
          .mapPartitions(new AnalyzeFiles(shippedConf, spec.config(), runId, started, progress.counters));
      Dataset<Row> read = spark.createDataFrame(rows, Schemas.OUTCOME);
      if (!parquet.isEmpty()) {
        read = read.union(ParquetInput.outcomes(spark, parquet, shippedConf, spec.config(), runId, started,
            progress.counters));
      }
      return read;
    }

    private void write(Dataset<Row> rows, String table, long count) throws IOException {
      progress.step("writing " + table);
      Tables.replacePartition(spark, rows, layout, table, spec.runDate().toString(), count);
    }
  }

  private static String incremental(RunSpec spec) {
    return spec.reprocess() ? "reprocess: every listed file was read"
        : spec.since() != null ? "files read by runs dated before " + spec.since() + " were skipped"
        : "files read by earlier successful runs were skipped";
  }

  private static StorageLevel storageLevel(String name) {
    switch (name) {
      case "memory-and-disk-ser":
        return StorageLevel.MEMORY_AND_DISK_SER();
      case "disk-only":
        return StorageLevel.DISK_ONLY();
      default:
        return StorageLevel.MEMORY_AND_DISK();
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

}
