package org.lede.spark;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.lede.Version;
import org.lede.config.ConfigError;
import org.lede.config.LedeConfig;
import org.lede.ingest.RejectReason;
import org.lede.config.SentimentEngine;
import org.lede.process.DateWindow;
import org.lede.spark.input.AnalyzeFiles;
import org.lede.spark.input.HadoopConf;
import org.lede.spark.input.InputFile;
import org.lede.spark.input.InputPart;
import org.lede.spark.input.InputPlan;
import org.lede.spark.input.InputListing;
import org.lede.spark.input.ParquetInput;
import org.lede.spark.input.SplitDuplicates;
import org.lede.spark.model.ModelSentimentColumns;
import org.lede.spark.model.SparkNlpSentiment;
import org.lede.spark.nightly.Duplicates;
import org.lede.spark.nightly.Incremental;
import org.lede.spark.nightly.RunLock;
import org.lede.spark.output.Observed;
import org.lede.spark.output.OutputLayout;
import org.lede.spark.output.RunSummary;
import org.lede.spark.output.RunSummaryFile;
import org.lede.spark.output.Schemas;
import org.lede.spark.output.Tables;
import org.lede.spark.output.OutcomeRejects;
import org.lede.spark.output.WriteScreen;
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
    return run(spark, spec, view, UnaryOperator.identity());
  }

  /**
   * {@link #run(SparkSession, RunSpec, Progress.View)}, with {@code faults} applied to the articles just before
   * they are written: the tests' way to give the writer a value it refuses, which lede's own values never are.
   */
  static RunSummary run(SparkSession spark, RunSpec spec, Progress.View view, UnaryOperator<Dataset<Row>> faults) {
    try (Progress progress = new Progress(spark.sparkContext(), view)) {
      return runLocked(spark, spec, progress, faults);
    } catch (IOException e) {
      throw new ConfigError("--output " + spec.output() + ": " + e.getMessage(), e);
    }
  }

  private static RunSummary runLocked(SparkSession spark, RunSpec spec, Progress progress,
      UnaryOperator<Dataset<Row>> faults) throws IOException {
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
      Run run = new Run(spark, spec, runId, started, t0, layout, outFs, progress, faults);
      return run.analyseAndWrite(hconf, selection, model);
    }
  }

  /** Records that make a table's write fail and are turned into rejects, at most; more is not one bad record. */
  static final int MAX_UNWRITABLE = 1000;

  /** A table's write failed; {@code rows} are the rows (with {@code uid}) it was writing. */
  private static final class TableWriteFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String table;
    final transient Dataset<Row> rows;

    TableWriteFailure(String table, Dataset<Row> rows, Exception cause) {
      super("writing the " + table + " table failed: " + cause.getMessage(), cause);
      this.table = table;
      this.rows = rows;
    }
  }

  /** One run's state while it analyses and writes. */
  private record Run(SparkSession spark, RunSpec spec, String runId, Instant started, long t0, OutputLayout layout,
      FileSystem outFs, Progress progress, UnaryOperator<Dataset<Row>> faults) {

    RunSummary analyseAndWrite(Configuration hconf, Incremental.Selection selection, SparkNlpSentiment model)
        throws IOException {
      String runDate = spec.runDate().toString();
      List<InputFile> files = selection.read();
      long tListed = System.nanoTime();
      progress.listed(files.size(), files.stream().mapToLong(InputFile::size).sum());
      progress.step("analysing");
      Read read = outcomes(files, new HadoopConf(hconf));
      List<Dataset<Row>> held = new ArrayList<>(); // persisted datasets, released when the run ends
      Dataset<Row> outcomes = hold(held, read.outcomes.withColumn("uid", monotonically_increasing_id()));
      try {
        List<OutcomeRejects.Change> repeated = SplitDuplicates.find(outcomes, read.splitFiles);
        if (!repeated.isEmpty()) {
          outcomes = hold(held, OutcomeRejects.apply(spark, outcomes, repeated, runId, started));
        }
        Written w;
        try {
          w = write(outcomes, model);
        } catch (TableWriteFailure f) {
          List<WriteScreen.Unwritable> bad = unwritable(f);
          System.err.println("lede: writing the " + f.table + " table failed; " + bad.size() + " record"
              + (bad.size() == 1 ? " is" : "s are") + " at fault and become" + (bad.size() == 1 ? "s an" : "")
              + " unwritable_record reject" + (bad.size() == 1 ? "" : "s") + "; writing again (" + bad.get(0).reason()
              + ")");
          List<OutcomeRejects.Change> changes = new ArrayList<>();
          for (WriteScreen.Unwritable u : bad) {
            changes.add(new OutcomeRejects.Change(u.uid(), RejectReason.UNWRITABLE_RECORD, u.reason()));
          }
          outcomes = hold(held, OutcomeRejects.apply(spark, outcomes, changes, runId, started));
          w = write(outcomes, model);
        }
        OutcomeCounts counts = w.counts;
        long tWritten = System.nanoTime();
        progress.step("writing the run summary");
        long duplicates = w.duplicates;
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
            new RunSummary.Durations((tListed - t0) / 1_000_000, (w.tAnalysed - tListed) / 1_000_000,
                (tWritten - w.tAnalysed) / 1_000_000, (System.nanoTime() - t0) / 1_000_000, w.storiesMs),
            spec.inputs(), spec.output(), files.size(), files.size() + selection.skipped().size(),
            selection.skipped().size(), incremental(spec), skipped, counts.records, counts.skipped,
            counts.skippedByKind, counts.articles, counts.paragraphs, counts.rejects, counts.byReason, counts.flags,
            ratio, spec.config().maxRejectRatio, spec.config().sentimentEngine.key(),
            ratio > spec.config().maxRejectRatio, counts.perFile, duplicates, w.stories);
        Incremental.writeManifest(outFs, layout, runDate, files);
        RunSummaryFile.write(outFs, layout, summary);
        return summary;
      } finally {
        held.forEach(Dataset::unpersist);
      }
    }

    /** {@code rows} persisted (at run.outcomes-storage) and added to {@code held}. */
    private Dataset<Row> hold(List<Dataset<Row>> held, Dataset<Row> rows) {
      Dataset<Row> p = rows.persist(storageLevel(spec.config().outcomesStorage));
      held.add(p);
      return p;
    }

    /** What {@link #write} did: the counts of what it wrote, the story step's, and when the analysis ended. */
    private record Written(OutcomeCounts counts, RunSummary.Stories stories, long storiesMs, long tAnalysed,
        long duplicates) {}

    /**
     * Counts the outcomes, finds the stories and writes the three tables and the stories. A table whose write
     * fails is a {@link TableWriteFailure} carrying the rows it tried to write.
     */
    private Written write(Dataset<Row> outcomes, SparkNlpSentiment model) throws IOException {
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
        Dataset<Row> rejects = outcomes.where(col("kind").equalTo("reject")).select("uid", "reject.*");
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
        // the articles that copy an earlier run's are counted while the table is written, not read back after
        Observation written = new Observation("articles");
        writeTable(faults.apply(articles).observe(written, sum(when(array_contains(col("flags"), Duplicates.FLAG), 1)
            .otherwise(0)).as("duplicates")), OutputLayout.ARTICLES, counts.articles);
        long duplicates = counts.articles == 0 ? 0 : Observed.value(written, "duplicates");
        writeTable(paragraphs, OutputLayout.PARAGRAPHS, counts.paragraphs);
        writeTable(rejects, OutputLayout.REJECTS, counts.rejects);
        tStories = System.nanoTime();
        RunSummary.Stories storyCounts = null;
        if (stories != null) {
          progress.step("writing " + OutputLayout.STORIES);
          storyCounts = stories.write();
        } else {
          StoryStep.clear(spark, layout, spec.runDate().toString());
        }
        storiesMs += (System.nanoTime() - tStories) / 1_000_000;
        return new Written(counts, storyCounts, storiesMs, tAnalysed, duplicates);
      } finally {
        if (scored != null) {
          scored.unpersist();
        }
        if (stories != null) {
          stories.close();
        }
      }
    }

    /** A metric the write observed (it completed: the table had rows). */
      /**
     * The records that made a table's write fail ({@link WriteScreen}); when none is at fault (a full disk, a
     * lost connection), the run fails with the writer's error.
     */
    private List<WriteScreen.Unwritable> unwritable(TableWriteFailure f) {
      List<WriteScreen.Unwritable> bad = new ArrayList<>(WriteScreen.screen(f.rows, MAX_UNWRITABLE));
      bad.removeIf(u -> u.uid() < 0);
      if (bad.isEmpty()) {
        throw new IllegalStateException("writing the " + f.table + " table failed, and no record in it is at"
            + " fault (each was written on its own without error): " + f.getCause().getMessage(), f.getCause());
      }
      return bad;
    }

    /** The outcome rows of the files read, and the files read in parts. */
    private record Read(Dataset<Row> outcomes, java.util.Set<String> splitFiles) {}

    /** Every listed file's records as {@link Schemas#OUTCOME} rows: analysed articles, rejects, skip counts. */
    private Read outcomes(List<InputFile> files, HadoopConf shippedConf) {
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      List<InputFile> parquet = new ArrayList<>();
      List<InputFile> others = new ArrayList<>();
      for (InputFile f : files) {
        (ParquetInput.isParquet(f, spec.config().ingest) ? parquet : others).add(f);
      }
      LedeConfig config = spec.config();
      DateWindow dates = DateWindow.of(config.earliestDate, spec.runDate(),
          started.atZone(java.time.ZoneOffset.UTC).toLocalDate(), config.daysAfterRun);
      AnalyzeFiles analyze = new AnalyzeFiles(shippedConf, config, runId, started, dates, progress.counters);
      InputPlan.Plan plan = InputPlan.plan(jsc, others, config.ingest, config.splitSize, shippedConf);
      List<List<InputPart>> batches = plan.batches();
      JavaRDD<Row> rows = jsc.parallelize(batches, Math.max(1, batches.size()))
          .flatMap(List::iterator)
          .mapPartitions(analyze);
      Dataset<Row> read = spark.createDataFrame(rows, Schemas.OUTCOME);
      if (!parquet.isEmpty()) {
        read = read.union(ParquetInput.outcomes(spark, parquet, shippedConf, config, analyze, started,
            progress.counters));
      }
      return new Read(read, plan.splitFiles());
    }

    /** Writes one table's partition (its rows carry {@code uid}, which is not written). */
    private void writeTable(Dataset<Row> rows, String table, long count) throws IOException {
      progress.step("writing " + table);
      try {
        Tables.replacePartition(spark, rows.drop("uid"), layout, table, spec.runDate().toString(), count);
      } catch (Exception e) { // Spark's write failure is a (checked) SparkException, thrown unchecked by Scala
        throw new TableWriteFailure(table, rows, e);
      }
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
    // lede's dates are java.time values, Proleptic Gregorian: they are written (and Parquet inputs and earlier
    // outputs read) as they are, never rebased to the hybrid Julian calendar of Spark 2 and never refused
    for (String key : List.of("spark.sql.parquet.datetimeRebaseModeInWrite", "spark.sql.parquet.int96RebaseModeInWrite",
        "spark.sql.parquet.datetimeRebaseModeInRead", "spark.sql.parquet.int96RebaseModeInRead")) {
      spark.conf().set(key, "CORRECTED");
    }
    spark.conf().set("spark.sql.session.timeZone", "UTC");
    String codec = spec.config().compression;
    spark.conf().set("spark.sql.parquet.compression.codec", codec.equals("none") ? "uncompressed" : codec);
    spark.sparkContext().hadoopConfiguration().set("mapreduce.fileoutputcommitter.marksuccessfuljobs", "false");
    spark.sparkContext().hadoopConfiguration().set("parquet.summary.metadata.level", "NONE");
  }

}
