package org.lede.cli;

import java.io.File;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.lede.config.ConfigError;
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

  @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Formats.class,
      description = "auto (by extension, the default), txt, jsonl, json, csv, html, warc or parquet. Sets input.format.")
  String format;

  @Option(names = "--run-date", paramLabel = "YYYY-MM-DD",
      description = "Partition to write. Default: today in run.time-zone.")
  LocalDate runDate;

  @Option(names = "--conf", paramLabel = "FILE", description = "HOCON file overriding conf/lede.conf.")
  File conf;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one configuration key.")
  List<String> sets = new ArrayList<>();

  @Option(names = "--source-name", paramLabel = "PATH=NAME",
      description = "The outlet of the records under PATH that name none (input.source-names).")
  Map<String, String> sourceNames = new java.util.LinkedHashMap<>();

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

  /** The values of {@code --format}: those of {@code input.format}. */
  static final class Formats extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Formats() {
      super(List.of("auto", "txt", "jsonl", "json", "csv", "html", "warc", "parquet"));
    }
  }

  @Override
  public Integer call() {
    List<String> all = new ArrayList<>(sets);
    if (format != null && !new Formats().contains(format)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--format': '" + format
          + "' (expected one of " + String.join(", ", new Formats()) + ")");
    }
    if (format != null) {
      all.add("input.format=" + format);
    }
    if (maxRejectRatio != null) {
      all.add("run.max-reject-ratio=" + maxRejectRatio);
    }
    LedeConfig config = LedeConfig.load(conf, all, sourceNames);
    outputIsNotAFile(output.dir);
    LocalDate date = runDate != null ? runDate : LocalDate.now(config.timeZone);
    boolean terminal = !quiet && System.console() != null;
    if (terminal) {
      java.io.File log = LogFile.redirect();
      if (log != null) {
        System.err.println("lede: the log (Spark's warnings among it) goes to " + log);
      }
    }
    SparkSession spark = Sessions.create("lede run " + date);
    RunSummary s;
    try {
      Progress.View view = quiet ? Progress.View.NONE : new ProgressLine(System.err, terminal);
      s = LedeJob.run(spark, new RunSpec(inputs, output.dir, date, config, since, reprocess), view);
    } finally {
      spark.stop();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("lede run %s (%s): %s, %s read -> %s (%s), %s%s%n", s.runDate(), s.runId(),
        TerminalText.count(s.files(), "file"), TerminalText.count(s.recordsRead(), "record"),
        TerminalText.count(s.articles(), "article"), TerminalText.count(s.paragraphs(), "paragraph"),
        TerminalText.count(s.rejects(), "reject"), reasons(s.rejectsByReason()));
    if (s.filesSkipped() > 0) {
      out.printf("skipped %s that earlier runs already read (--reprocess reads them again)%n",
          TerminalText.count(s.filesSkipped(), "file"));
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

  /**
   * A local output path that is a file: said before Spark starts, in the option's words. (Other file systems
   * are checked by the job, with the session's Hadoop settings and credentials.)
   */
  private static void outputIsNotAFile(String dir) {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(dir);
    String scheme = path.toUri().getScheme();
    if (scheme != null && !scheme.equals("file")) {
      return;
    }
    try {
      org.apache.hadoop.fs.FileSystem fs = org.apache.hadoop.fs.FileSystem.getLocal(
          new org.apache.hadoop.conf.Configuration());
      if (fs.exists(path) && !fs.getFileStatus(path).isDirectory()) {
        throw new ConfigError("--output " + dir + " is a file: lede writes its tables into a directory (created"
            + " when missing); give a directory's path");
      }
    } catch (java.io.IOException e) {
      throw new ConfigError("--output " + dir + ": " + e.getMessage(), e);
    }
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
