package org.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Exit codes and output of the CLI, as a user runs it (each Spark-running command starts and stops a session). */
class CliSuite {
  static final String SAMPLES = Path.of(System.getProperty("lede.project.dir", "."), "src/samples/corpus").toString();

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void usageErrorsExitWith2() {
    assertThat(run().code()).isEqualTo(2);
    assertThat(run("frobnicate").code()).isEqualTo(2);
    assertThat(run("run", "--input", "x").code()).isEqualTo(2);
    Result bad = run("run", "--input", "x", "--output", "y", "--run-date", "2026-13-45");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--run-date", "'2026-13-45' is not a date of the form YYYY-MM-DD")
        .doesNotContain("Exception", "Usage:");
    assertThat(bad.err().lines()).hasSize(2);
    Result format = run("run", "--input", "x", "--output", "y", "--format", "docx");
    assertThat(format.code()).isEqualTo(2);
    assertThat(format.err()).contains("--format", "docx", "expected one of auto, txt");
  }

  @Test
  void versionOnEveryCommand() {
    for (String command : new String[] {"run", "show", "report", "train-sentiment"}) {
      Result r = run(command, "--version");
      assertThat(r.code()).isZero();
      assertThat(r.out()).as(command).startsWith("lede ");
    }
  }

  @Test
  void anOutputThatIsAFileIsSaidSo(@TempDir Path dir) throws java.io.IOException {
    Path file = java.nio.file.Files.writeString(dir.resolve("out.txt"), "x");
    Result r = run("run", "--input", SAMPLES, "--output", file.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("--output " + file + " is a file");
  }

  @Test
  void helpOnEveryCommand() {
    for (String[] args : new String[][] {{"--help"}, {"run", "--help"}, {"show", "--help"}, {"train-sentiment", "--help"}, {"report", "--help"}}) {
      Result r = run(args);
      assertThat(r.code()).isZero();
      assertThat(r.out()).contains("Usage:");
    }
    assertThat(run("run", "--help").out()).contains("--input", "--output", "--format", "--run-date", "--conf", "--set");
  }

  @Test
  void configurationErrorsExitWith3BeforeReadingAnything(@TempDir Path out) {
    Result r = run("run", "--input", SAMPLES, "--output", out.toString(), "--set", "summary.sentnces=2");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("summary.sentnces");
  }

  @Test
  void missingInputExitsWith3(@TempDir Path out) {
    Result r = run("run", "--input", out.resolve("nothing-here").toString(), "--output", out.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("nothing-here").contains("no such file");
  }

  @Test
  void runThenShowAndTheRejectThresholdExitCode(@TempDir Path out) throws java.io.IOException {
    Result ok = run("run", "--input", SAMPLES, "--output", out.toString(), "--run-date", "2026-02-01");
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("15 articles").contains("2 rejects");

    // the README's digest example is what the first command prints today (its output directory aside)
    Result digest = run("show", "--output", out.toString(), "--run-date", "2026-02-01");
    String readme = java.nio.file.Files.readString(Path.of(System.getProperty("lede.project.dir", "."), "README.md"));
    String example = readme.substring(readme.indexOf("<!-- digest -->\n```\n") + 20, readme.indexOf("```\n<!-- /digest -->"));
    String samplesUri = Path.of(SAMPLES).toAbsolutePath().normalize().toUri().toString().replace("file:///", "file:/");
    assertThat(digest.out().replace(out.toString(), "lede-out").replace("2026-02-01", "2026-12-07")
        .replace(samplesUri, "file:/.../src/samples/corpus/")).startsWith(example);

    Result show = run("show", "--output", out.toString(), "--limit", "3");
    assertThat(show.code()).as(show.err()).isZero();
    assertThat(show.out()).contains("run date 2026-02-01", "15 articles, showing the first 3 (--limit 15 shows all", "reading grade", "summary:",
        "2 rejects");

    Result again = run("run", "--input", SAMPLES, "--output", out.toString(), "--run-date", "2026-02-02");
    assertThat(again.out()).contains("0 files, 0 records read", "skipped 10 files");
    Result empty = run("show", "--output", out.toString(), "--limit", "1");
    assertThat(empty.code()).as(empty.err()).isZero();
    assertThat(empty.out()).contains("run date 2026-02-02 wrote no articles",
        "the latest run date with articles is 2026-02-01", "15 articles, showing the first 1");

    Result one = run("show", "--output", out.toString(), "--article", "wire-1001", "--run-date", "2026-02-01");
    assertThat(one.code()).isZero();
    assertThat(one.out()).contains("Port Strike Ends").contains("¶0").contains("¶2");

    Path page = out.resolve("report.html");
    Result report = run("report", "--output", out.toString(), "--from", "2026-02-01", "--to", "2026-02-02",
        "--out", page.toString());
    assertThat(report.code()).as(report.err()).isZero();
    assertThat(page).content().contains("Port Strike Ends", "Reading grade", "<svg", "malformed_json")
        .doesNotContain("<script");
    assertThat(report.out()).contains("(2 run dates)");

    Result strict = run("run", "--input", SAMPLES, "--output", out.toString(), "--run-date", "2026-02-01",
        "--max-reject-ratio", "0.05");
    assertThat(strict.code()).isEqualTo(4);
    assertThat(strict.err()).contains("run.max-reject-ratio");
    assertThat(out.resolve("articles/run_date=2026-02-01")).isDirectory();
  }
}
