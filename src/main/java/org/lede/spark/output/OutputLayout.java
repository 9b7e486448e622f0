package org.lede.spark.output;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.hadoop.fs.Path;

/**
 * Where everything lives under an output directory DIR, for the job that writes it and the commands that
 * read it: the tables {@code DIR/TABLE/run_date=D/} (the story index among them), and per run date
 * {@code DIR/_runs/run_date=D/} with
 * the run's {@code summary.json}, {@code manifest.json} (the files it read), {@code _lock} while it runs and
 * {@code _SUCCESS} once it completed.
 */
public final class OutputLayout {
  public static final String ARTICLES = "articles";
  public static final String PARAGRAPHS = "paragraphs";
  public static final String REJECTS = "rejects";
  public static final String STORIES = "stories";
  /**
   * The story step's signature index: read by later nights, not a table for readers (named without a leading
   * underscore, which would make Spark leave it out of reads).
   */
  public static final String STORY_INDEX = "story_index";
  /** The partition column of every table. */
  public static final String RUN_DATE = "run_date";

  private static final String RUNS = "_runs";
  private static final String PARTITION = RUN_DATE + "=";

  private final Path root;

  public OutputLayout(Path root) {
    this.root = root;
  }

  public OutputLayout(String root) {
    this(new Path(root));
  }

  public Path root() {
    return root;
  }

  public Path table(String table) {
    return new Path(root, table);
  }

  /** {@code DIR/TABLE/run_date=D}. */
  public Path partition(String table, String date) {
    return new Path(table(table), PARTITION + date);
  }

  /** {@code DIR/_runs}, the folder of the runs' records. */
  public Path runs() {
    return new Path(root, RUNS);
  }

  /** {@code DIR/_runs/run_date=D}. */
  public Path runDir(String date) {
    return new Path(runs(), PARTITION + date);
  }

  public Path summary(String date) {
    return new Path(runDir(date), "summary.json");
  }

  public Path manifest(String date) {
    return new Path(runDir(date), "manifest.json");
  }

  public Path lock(String date) {
    return new Path(runDir(date), "_lock");
  }

  /** Written last: the date's run completed. */
  public Path marker(String date) {
    return new Path(runDir(date), "_SUCCESS");
  }

  /** The date of a {@code run_date=D} folder, or null for any other name. */
  public static LocalDate dateOf(Path folder) {
    String name = folder.getName();
    if (!name.startsWith(PARTITION)) {
      return null;
    }
    try {
      return LocalDate.parse(name.substring(PARTITION.length()));
    } catch (DateTimeParseException e) {
      return null; // not one of ours: a folder someone else put there
    }
  }
}
