package org.lede.cli;

import java.io.File;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.lede.config.LedeConfig;
import org.lede.spark.LedeJob;
import org.lede.spark.Progress;
import org.lede.spark.RunSpec;
import org.lede.spark.output.OutputLayout;
import org.lede.spark.output.RunSummary;
import org.lede.spark.Sessions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** lede run: analyse inputs and write the run date's partitions. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Read articles, analyse them and write Parquet tables articles, paragraphs and rejects "
        + "under DIR for the run date, replacing that date's earlier results.")
public final class RunCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
      description = "Files, directories (read recursively) or globs, on any Hadoop file system.")
  List<String> inputs = new ArrayList<>();

  @Mixin
  OutputOption output;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "auto (by extension, the default), txt, jsonl, json, csv, html, warc or parquet. Sets input.format.")
  String format;

  @Option(names = "--run-date", paramLabel = "YYYY-MM-DD",
      description = "Partition to write. Default: today in run.time-zone.")
  LocalDate runDate;

  @Option(names = "--conf", paramLabel = "FILE", description = "HOCON file overriding conf/lede.conf.")
  File conf;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one configuration key.")
  List<String> sets = new ArrayList<>();

  @Option(names = "--max-reject-ratio", paramLabel = "R",
      description = "Exit with code 4 when rejects / records read exceeds R. Sets run.max-reject-ratio.")
  Double maxRejectRatio;

  @Option(names = "--reprocess", description = "Read every listed file, even those earlier runs already read.")
  boolean reprocess;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD",
      description = "Read again the files that runs dated on or after this date read.")
  LocalDate since;

  @Option(names = "--quiet", description = "Print no progress while the run works (only the summary at the end).")
  boolean quiet;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    List<String> all = new ArrayList<>(sets);
    if (format != null) {
      all.add("input.format=" + format);
    }
    if (maxRejectRatio != null) {
      all.add("run.max-reject-ratio=" + maxRejectRatio);
    }
    LedeConfig config = LedeConfig.load(conf, all);
    LocalDate date = runDate != null ? runDate : LocalDate.now(config.timeZone);
    SparkSession spark = Sessions.create("lede run " + date);
    RunSummary s;
    try {
      Progress.View view = quiet ? Progress.View.NONE : new ProgressLine(System.err, System.console() != null);
      s = LedeJob.run(spark, new RunSpec(inputs, output.dir, date, config, since, reprocess), view);
    } finally {
      spark.stop();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("lede run %s (%s): %d files, %d records read -> %d articles (%d paragraphs), %d rejects%s%n",
        s.runDate(), s.runId(), s.files(), s.recordsRead(), s.articles(), s.paragraphs(), s.rejects(),
        reasons(s.rejectsByReason()));
    if (s.filesSkipped() > 0) {
      out.printf("skipped %d files that earlier runs already read (--reprocess reads them again)%n",
          s.filesSkipped());
    }
    out.printf("output: %s (summary: %s)%n", output.dir, new OutputLayout(output.dir).summary(s.runDate()));
    out.flush();
    if (s.rejectThresholdExceeded()) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf("lede: %.1f%% of records were rejected, above run.max-reject-ratio %.1f%%; results were "
          + "written, see the rejects table%n", 100 * s.rejectRatio(), 100 * config.maxRejectRatio);
      err.flush();
      return Main.REJECTS_EXCEEDED;
    }
    return Main.OK;
  }

  private static String reasons(Map<String, Long> byReason) {
    if (byReason.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder(" (");
    byReason.forEach((k, v) -> b.append(b.length() > 2 ? ", " : "").append(k).append(' ').append(v));
    return b.append(')').toString();
  }
}
