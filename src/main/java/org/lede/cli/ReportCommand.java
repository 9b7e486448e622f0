package org.lede.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lede.Version;
import org.lede.config.ConfigError;
import org.lede.report.ReportBuilder;
import org.lede.report.ReportData;
import org.lede.report.ReportRenderer;
import org.lede.spark.nightly.RunDates;
import org.lede.spark.output.RunSummary;
import org.lede.spark.output.RunSummaryFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** lede report: one self-contained HTML page with charts. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Render the results as one self-contained HTML page (inline CSS and SVG charts, no external "
        + "resources): overview, reading grade and sentiment distributions and by source, trends over a date "
        + "range, most positive and negative, hardest and easiest articles, rejects.")
public final class ReportCommand implements Callable<Integer> {
  @Mixin
  OutputOption output;

  @Option(names = "--run-date", paramLabel = "YYYY-MM-DD", description = "One run date (default: the latest).")
  LocalDate runDate;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First run date of a range.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last run date of a range (default: --from).")
  LocalDate to;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The HTML file to write.")
  Path out;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (runDate != null && (from != null || to != null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "use --run-date or --from/--to, not both");
    }
    LocalDate first = runDate != null ? runDate : from;
    LocalDate last = runDate != null ? runDate : (to != null ? to : from);
    if (first == null && to != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--to needs --from");
    }
    ReportData data;
    try (Results results = new Results(output.dir, "report")) {
      Map<String, RunSummary> summaries = new LinkedHashMap<>();
      for (String d : completedDates(results, first, last)) {
        summaries.put(d, RunSummaryFile.read(results.fs, results.layout, d));
      }
      if (summaries.isEmpty()) {
        throw new ConfigError("no completed lede run under " + output.dir
            + (first == null ? "" : " between " + first + " and " + last));
      }
      data = ReportBuilder.build(results.tables(), summaries, Version.get());
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(out, ReportRenderer.render(data), StandardCharsets.UTF_8);
    int n = data.runs().size();
    spec.commandLine().getOut().printf("report: %s (%d run date%s)%n", out, n, n == 1 ? "" : "s");
    spec.commandLine().getOut().flush();
    return Main.OK;
  }

  /** Completed run dates from .. to (inclusive); without a range, the latest one. */
  private static List<String> completedDates(Results results, LocalDate from, LocalDate to) throws IOException {
    List<String> all = RunDates.completed(results.fs, results.layout.root());
    if (from == null) {
      return all.isEmpty() ? all : List.of(all.get(all.size() - 1));
    }
    List<String> dates = new ArrayList<>();
    for (String d : all) {
      LocalDate day = LocalDate.parse(d);
      if (!day.isBefore(from) && !day.isAfter(to)) {
        dates.add(d);
      }
    }
    return dates;
  }
}
