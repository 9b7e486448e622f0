package org.lede.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.lede.report.ReportData;
import org.lede.report.ReportRenderer;
import org.lede.spark.report.ReportBuilder;
import org.lede.spark.Sessions;
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
    SparkSession spark = Sessions.create("lede report");
    ReportData data;
    try {
      data = ReportBuilder.build(spark, output.dir, first, last);
    } finally {
      spark.stop();
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(out, ReportRenderer.render(data), StandardCharsets.UTF_8);
    spec.commandLine().getOut().printf("report: %s (%d run dates)%n", out, data.runs().size());
    spec.commandLine().getOut().flush();
    return Main.OK;
  }
}
