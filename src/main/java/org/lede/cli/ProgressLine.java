package org.lede.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.lede.spark.Progress;

/**
 * lede run's progress display. On a terminal: one line rewritten in place every second. Elsewhere (cron,
 * Airflow, YARN logs): a plain line every ten seconds, with no control characters.
 */
final class ProgressLine implements Progress.View {
  private final PrintStream err;
  private final boolean terminal;
  private int width;

  ProgressLine(PrintStream err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public long intervalMillis() {
    return terminal ? 1000 : 10_000;
  }

  @Override
  public synchronized void show(Progress.Snapshot s, boolean last) {
    String line = format(s);
    if (terminal) {
      // pad over the previous line's tail; a newline once the run is done
      err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())) + (last ? "\n" : ""));
      width = line.length();
      err.flush();
    } else if (!last) {
      err.println("lede: " + line);
      err.flush();
    }
  }

  /** {@code analysing | files 12/40 | records 3,400 | articles 3,310 | 12.5 MB/s | 0:42 | about 1:10 left}. */
  static String format(Progress.Snapshot s) {
    StringBuilder b = new StringBuilder(s.step());
    if (s.filesListed() >= 0) {
      b.append(" | files ").append(n(s.files())).append('/').append(n(s.filesListed()));
      b.append(" | records ").append(n(s.records())).append(" | articles ").append(n(s.articles()));
    }
    if (s.analysingMillis() > 0 && s.bytes() > 0) {
      double perSecond = s.bytes() / (s.analysingMillis() / 1000.0);
      b.append(perSecond >= 1048576 ? String.format(Locale.ROOT, " | %.1f MB/s", perSecond / 1048576)
          : String.format(Locale.ROOT, " | %.0f KB/s", perSecond / 1024));
    }
    b.append(" | ").append(duration(s.elapsedMillis()));
    if (s.step().equals("analysing") && s.bytes() > 0 && s.bytesListed() > s.bytes()) {
      long left = (long) (s.analysingMillis() * ((double) (s.bytesListed() - s.bytes()) / s.bytes()));
      b.append(" | about ").append(duration(left)).append(" left");
    }
    return b.toString();
  }

  private static String n(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  static String duration(long millis) {
    long sec = millis / 1000;
    return sec >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", sec / 3600, sec / 60 % 60, sec % 60)
        : String.format(Locale.ROOT, "%d:%02d", sec / 60, sec % 60);
  }
}
