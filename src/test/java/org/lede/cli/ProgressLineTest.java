package org.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.lede.spark.Progress;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
  static final Progress.Snapshot HALF_WAY = new Progress.Snapshot("analysing", 40, 20L << 20, 10, 3400, 3310,
      10L << 20, 62_000, 50_000);

  @Test
  void showsCountsOfTheListedRateElapsedAndAnEstimateFromTheBytesStillToRead() {
    // 10 of 20 MB in 50 s of analysis: 205 KB/s, and as long again to go
    assertThat(ProgressLine.format(HALF_WAY))
        .isEqualTo("analysing | files 10/40 | records 3,400 | articles 3,310 | 205 KB/s | 1:02 | about 0:50 left");
    assertThat(ProgressLine.format(new Progress.Snapshot("analysing", 40, 200L << 20, 10, 3400, 3310, 100L << 20,
        62_000, 10_000))).contains(" | 10.0 MB/s | ");
    assertThat(ProgressLine.format(new Progress.Snapshot("listing inputs", -1, -1, 0, 0, 0, 0, 1500, 0)))
        .isEqualTo("listing inputs | 0:01");
    assertThat(ProgressLine.duration(3_725_000)).isEqualTo("1:02:05");
  }

  @Test
  void aTerminalGetsOneLineRewrittenInPlaceAndALogGetsPlainLines() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressLine tty = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
    tty.show(HALF_WAY, false);
    tty.show(new Progress.Snapshot("writing articles", 40, 20L << 20, 40, 9000, 8800, 20L << 20, 90_000, 80_000),
        true);
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).startsWith("\ranalysing").contains("\rwriting articles").endsWith("\n");
    assertThat(out.split("\n", -1)).hasSize(2);

    bytes.reset();
    ProgressLine log = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
    assertThat(log.intervalMillis()).isGreaterThan(tty.intervalMillis());
    log.show(HALF_WAY, false);
    log.show(HALF_WAY, true); // the run summary follows: no last line in a log
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("lede: " + ProgressLine.format(HALF_WAY) + System.lineSeparator())
        .doesNotContain("\r");
  }
}
