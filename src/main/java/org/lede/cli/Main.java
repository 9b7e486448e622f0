package org.lede.cli;

import java.io.PrintWriter;
import org.lede.Version;
import org.lede.config.ConfigError;
import org.lede.spark.input.RecordFailure;
import org.lede.spark.nightly.LockHeld;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * lede's command line. Exit codes: 0 success, 1 unexpected failure, 2 usage error, 3 input or configuration
 * error, 4 reject threshold exceeded (everything was still written), 5 another run holds the lock.
 */
@Command(name = "lede", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
    description = "Reading level, sentiment and summaries for news articles, written to Parquet.",
    subcommands = {RunCommand.class, ShowCommand.class, ReportCommand.class, TrainSentimentCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:unexpected failure", "2:usage error", "3:input or configuration error",
        "4:reject threshold exceeded (results were written)",
        "5:another run holds the output's lock for the date (try again later)"})
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;
  public static final int INPUT_ERROR = 3;
  public static final int REJECTS_EXCEEDED = 4;
  public static final int LOCK_HELD = 5;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: run, show or help");
  }

  public static void main(String[] args) {
    int code = execute(args);
    if ("cluster".equals(System.getProperty("spark.submit.deployMode"))) {
      // the driver runs inside the cluster (YARN's ApplicationMaster, a standalone cluster's driver): System.exit
      // would pre-empt the final status report and fail even a successful run. Return normally on success;
      // fail the application with an exception that names the exit code otherwise.
      if (code != OK) {
        throw new IllegalStateException("lede exited with code " + code + " (see the messages above)");
      }
      return;
    }
    System.exit(code);
  }

  /** Runs the CLI and returns its exit code. */
  public static int execute(String... args) {
    CommandLine cl = commandLine();
    return cl.execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    for (CommandLine sub : cl.getSubcommands().values()) {
      sub.getCommandSpec().versionProvider(new VersionProvider());
    }
    cl.registerConverter(java.time.LocalDate.class, Main::date);
    cl.setParameterExceptionHandler((ex, args) -> {
      // one line naming the option, and where to look; the usage only when asked for (--help)
      CommandLine cmd = ex.getCommandLine();
      PrintWriter err = cmd.getErr();
      err.println(cmd.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
      err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for its options.");
      err.flush();
      return USAGE;
    });
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      PrintWriter err = cmd.getErr();
      if (ex instanceof LockHeld) {
        err.println("lede: " + ex.getMessage());
        err.flush();
        return LOCK_HELD;
      }
      if (ex instanceof ConfigError) {
        err.println("lede: " + ex.getMessage());
        err.flush();
        return INPUT_ERROR;
      }
      RecordFailure stopped = recordFailure(ex);
      if (stopped != null) {
        err.println("lede: the run stopped at " + stopped.file()
            + (stopped.record() == null ? "" : ", " + stopped.record()) + ": " + stopped.getCause());
      }
      err.println("lede: unexpected failure: " + ex);
      ex.printStackTrace(err);
      err.flush();
      return FAILURE;
    });
    return cl;
  }

  /** The record that stopped a failed run, when the failure came from one (through Spark's task failure). */
  static RecordFailure recordFailure(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RecordFailure r) {
        return r;
      }
    }
    return null;
  }

  /** A date option's value: YYYY-MM-DD, a real date. */
  private static java.time.LocalDate date(String value) {
    try {
      return java.time.LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a date of the form YYYY-MM-DD");
    }
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"lede " + Version.get()};
    }
  }
}
