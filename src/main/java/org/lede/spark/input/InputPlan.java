package org.lede.spark.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaSparkContext;
import org.lede.ingest.FilePart;
import org.lede.ingest.Format;
import org.lede.ingest.IngestOptions;

/**
 * How the files are shared out among tasks. A JSON Lines file (uncompressed) larger than the split size is cut
 * into parts at about that size, so one large file spreads over every core and executor as Spark's own
 * line readers do; the split size is the input's total over four tasks a core, between 32 MB and 128 MB. The
 * parts' line and record counts are taken first, in one quick Spark job (a scan for line ends, nothing
 * decoded), so that each part numbers its records as in the whole file and locators and default ids do not
 * depend on how the file was cut. Other files are read whole: CSV (a quoted field may hold line ends), JSON
 * documents and one-article files (a record spans the file), gzip (a stream cannot be entered in its middle)
 * and web archives (CC-NEWS comes as hundreds of 1 GB files a month: many tasks already). Files and parts are
 * then grouped into size-balanced batches, one per task.
 */
public final class InputPlan {
  private InputPlan() {}

  static final long MIN_SPLIT = 32L << 20;
  static final long MAX_SPLIT = 128L << 20;

  /** The split size for {@code totalBytes} of input on {@code parallelism} cores: four tasks a core. */
  static long splitSize(long totalBytes, int parallelism) {
    return Math.max(MIN_SPLIT, Math.min(MAX_SPLIT, totalBytes / Math.max(1, 4L * parallelism)));
  }

  /** The tasks' batches of parts for {@code files}; the files cut into parts are in {@code splitFiles}. */
  public record Plan(List<List<InputPart>> batches, java.util.Set<String> splitFiles) {}

  /**
   * @param splitSize the configured split size ({@code input.split-size}), or 0 to choose it from the input's
   *     size and the cluster's parallelism
   */
  public static Plan plan(JavaSparkContext jsc, List<InputFile> files, IngestOptions options, long splitSize,
      HadoopConf conf) {
    int parallelism = Math.max(1, jsc.defaultParallelism());
    long total = files.stream().mapToLong(InputFile::size).sum();
    long split = splitSize > 0 ? splitSize : splitSize(total, parallelism);
    List<InputPart> parts = new ArrayList<>();
    List<InputPart> toCount = new ArrayList<>();
    for (InputFile f : files) {
      Format format = options.format() != null ? options.format() : Format.detect(f.path());
      if (FilePart.splittable(format, f.path()) && f.size() > split) {
        int n = (int) Math.min(Integer.MAX_VALUE, (f.size() + split - 1) / split);
        for (int k = 0; k < n; k++) {
          toCount.add(InputPart.of(f, f.size() * k / n, f.size() * (k + 1) / n, 0, 0));
        }
      } else {
        parts.add(InputPart.whole(f));
      }
    }
    TreeSet<String> splitFiles = new TreeSet<>();
    if (!toCount.isEmpty()) {
      List<long[]> counts = jsc.parallelize(toCount, toCount.size()).map(p -> count(p, conf)).collect();
      Map<String, long[]> next = new LinkedHashMap<>(); // per file: the next part's first line and record
      for (int i = 0; i < toCount.size(); i++) {
        InputPart p = toCount.get(i);
        long[] at = next.computeIfAbsent(p.file().path(), k -> new long[] {1, 0});
        parts.add(InputPart.of(p.file(), p.start(), p.end(), at[0], at[1]));
        at[0] += counts.get(i)[0];
        at[1] += counts.get(i)[1];
        splitFiles.add(p.file().path());
      }
    }
    return new Plan(batches(parts, parallelism * 4), splitFiles);
  }

  private static long[] count(InputPart p, HadoopConf conf) {
    try (InputStream in = p.file().open(conf.get(), p.start() == 0 ? 0 : p.start() - 1)) {
      FilePart.Counts c = FilePart.count(in, p.start(), p.end());
      return new long[] {c.lines(), c.records()};
    } catch (IOException e) {
      // the part's reader will meet the same failure and turn it into a reject naming the file
      throw new UncheckedIOException("counting the lines of " + p, e);
    }
  }

  /** Parts in size-balanced batches (largest first, each to the lightest batch). */
  static List<List<InputPart>> batches(List<InputPart> parts, int maxBatches) {
    int n = Math.max(1, Math.min(maxBatches, parts.size()));
    List<List<InputPart>> out = new ArrayList<>(n);
    long[] load = new long[n];
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
    }
    List<InputPart> sorted = new ArrayList<>(parts);
    sorted.sort(Comparator.comparingLong(InputPart::size).reversed().thenComparing(InputPart::toString));
    for (InputPart p : sorted) {
      int best = 0;
      for (int i = 1; i < n; i++) {
        if (load[i] < load[best]) {
          best = i;
        }
      }
      out.get(best).add(p);
      load[best] += Math.max(p.size(), 1024);
    }
    return out;
  }
}
