package org.lede.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.config.ConfigError;
import org.lede.config.LedeConfig;
import org.lede.spark.nightly.LockHeld;
import org.lede.spark.nightly.RunLock;
import org.lede.spark.output.RunSummary;
import org.lede.stories.StoryTexts;

/**
 * Nightly operation: incremental input, reruns, --since, --reprocess, duplicate flags, stories across nights
 * and the run lock.
 */
class NightlySuite extends SparkSuite {
  @TempDir static Path tmp;


  static RunSummary run(Path in, Path out, String date, LocalDate since, boolean reprocess) {
    return LedeJob.run(spark, new RunSpec(List.of(in.toString()), out.toString(), LocalDate.parse(date),
        LedeConfig.defaults(), since, reprocess));
  }

  static void article(Path dir, String name, String body) throws Exception {
    write(dir.resolve(name), "Headline " + name + "\n\n" + body + "\n");
  }

  static List<String> ids(Path out, String date) {
    return table(out, "articles", date).select("source_path").collectAsList().stream().map(r -> r.getString(0).replaceAll(".*/", ""))
        .sorted().collect(Collectors.toList());
  }

  @Test
  void incrementalRunsSkipWhatEarlierRunsReadAndRerunsReproduceTheirDate() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("inc-in"));
    Path out = tmp.resolve("inc-out");
    article(in, "a.txt", "The first article of the week.");
    article(in, "b.txt", "The second article of the week.");
    RunSummary d1 = run(in, out, "2026-05-01", null, false);
    assertThat(d1.articles()).isEqualTo(2);

    article(in, "b.txt", "The second article, corrected and longer than before.");
    article(in, "c.txt", "A new article for the second day.");
    RunSummary d2 = run(in, out, "2026-05-02", null, false);
    assertThat(ids(out, "2026-05-02")).containsExactly("b.txt", "c.txt");
    assertThat(d2.filesSkipped()).isEqualTo(1);
    assertThat(d2.skipped().toString()).contains("a.txt").contains("2026-05-01");

    // a rerun of the same date reads that date's files again, and still skips the earlier date's
    RunSummary again = run(in, out, "2026-05-02", null, false);
    assertThat(again.articles()).isEqualTo(2);
    assertThat(ids(out, "2026-05-02")).containsExactly("b.txt", "c.txt");

    // --since: runs dated on or after it no longer count, so their files are read again
    run(in, out, "2026-05-03", LocalDate.parse("2026-05-02"), false);
    assertThat(ids(out, "2026-05-03")).containsExactly("b.txt", "c.txt");
    // --reprocess reads everything
    run(in, out, "2026-05-04", null, true);
    assertThat(ids(out, "2026-05-04")).containsExactly("a.txt", "b.txt", "c.txt");
    assertThat(ids(out, "2026-05-01")).containsExactly("a.txt", "b.txt");
  }

  static void article(Path dir, String name, List<String> paragraphs) throws Exception {
    article(dir, name, String.join("\n\n", paragraphs));
  }

  /** story_id by file name for a run date. */
  static java.util.Map<String, String> storyIds(Path out, String date) {
    return table(out, "articles", date).select("source_path", "story_id", "article_id").collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(0).replaceAll(".*/", ""), r -> r.getString(1)));
  }

  static String articleId(Path out, String date, String file) {
    return table(out, "articles", date).where("source_path like '%/" + file + "'").select("article_id").first()
        .getString(0);
  }

  @Test
  void copiesOnALaterNightJoinTheEarlierStoryAndRerunsKeepTheIds() throws Exception {
    Path in1 = Files.createDirectories(tmp.resolve("story-in-1"));
    Path in2 = Files.createDirectories(tmp.resolve("story-in-2"));
    Path out = tmp.resolve("story-out");
    List<String> wire = StoryTexts.article(11, 8);
    article(in1, "wire.txt", wire);
    article(in1, "cut.txt", StoryTexts.cut(wire, 0.5));
    article(in1, "other.txt", StoryTexts.article(12, 6));
    run(in1, out, "2026-07-01", null, false);
    // without publication times, the first of two copies read on one night is the one with the smaller id
    String wireId = articleId(out, "2026-07-01", "wire.txt");
    String cutId = articleId(out, "2026-07-01", "cut.txt");
    String first = wireId.compareTo(cutId) < 0 ? wireId : cutId;
    assertThat(storyIds(out, "2026-07-01")).containsEntry("wire.txt", first).containsEntry("cut.txt", first)
        .doesNotContainEntry("other.txt", first);

    article(in2, "edited.txt", StoryTexts.edited(StoryTexts.framed(wire, 3), 20, 4));
    article(in2, "fresh.txt", StoryTexts.article(13, 6));
    RunSummary second = run(in2, out, "2026-07-02", null, false);
    assertThat(storyIds(out, "2026-07-02")).containsEntry("edited.txt", first)
        .containsEntry("fresh.txt", articleId(out, "2026-07-02", "fresh.txt"));
    assertThat(second.stories().stories()).isEqualTo(2);
    assertThat(second.stories().newStories()).isEqualTo(1);
    Row story = table(out, "stories", "2026-07-02").where("story_id = '" + first + "'").first();
    assertThat(story.<Long>getAs("articles")).isEqualTo(3L);
    assertThat(story.<Long>getAs("articles_this_run")).isEqualTo(1L);
    assertThat(story.getAs("first_run_date").toString()).isEqualTo("2026-07-01");
    assertThat(story.<Boolean>getAs("new_this_run")).isFalse();
    assertThat(story.<String>getAs("title")).isEqualTo(first.equals(wireId) ? "Headline wire.txt" : "Headline cut.txt");

    // a rerun of the first night finds the same stories, so the second night's ids still point at them
    run(in1, out, "2026-07-01", null, false);
    assertThat(storyIds(out, "2026-07-01")).containsEntry("wire.txt", first).containsEntry("cut.txt", first);
    assertThat(table(out, "story_index", "2026-07-01").count()).isEqualTo(3);
    run(in2, out, "2026-07-02", null, false);
    assertThat(storyIds(out, "2026-07-02")).containsEntry("edited.txt", first);
  }

  @Test
  void aStoryAgesOutOfTheWindow() throws Exception {
    Path in1 = Files.createDirectories(tmp.resolve("age-in-1"));
    Path in2 = Files.createDirectories(tmp.resolve("age-in-2"));
    Path out = tmp.resolve("age-out");
    List<String> wire = StoryTexts.article(21, 6);
    article(in1, "wire.txt", wire);
    run(in1, out, "2026-08-01", null, false);
    String first = articleId(out, "2026-08-01", "wire.txt");
    article(in2, "late.txt", wire);
    run(in2, out, "2026-08-31", null, false); // 30 days later: still in the window
    assertThat(storyIds(out, "2026-08-31")).containsEntry("late.txt", first);
    run(in2, out, "2026-09-01", null, true); // 31 days after the first night; the copy of 08-31 is in the window
    assertThat(storyIds(out, "2026-09-01")).containsEntry("late.txt", first);
    LedeConfig week = LedeConfig.load(null, List.of("stories.window=7d"));
    LedeJob.run(spark, new RunSpec(List.of(in2.toString()), out.toString(), LocalDate.parse("2026-09-20"), week,
        null, true));
    String late = articleId(out, "2026-09-20", "late.txt");
    assertThat(storyIds(out, "2026-09-20")).containsEntry("late.txt", late);
    assertThat(table(out, "stories", "2026-09-20").first().<Boolean>getAs("new_this_run")).isTrue();
  }

  @Test
  void duplicatesOfEarlierRunsAreFlaggedNotDropped() throws Exception {
    Path in1 = Files.createDirectories(tmp.resolve("dup-in-1"));
    Path in2 = Files.createDirectories(tmp.resolve("dup-in-2"));
    Path out = tmp.resolve("dup-out");
    article(in1, "story.txt", "The same story, syndicated twice.");
    Files.writeString(in2.resolve("copy.txt"), Files.readString(in1.resolve("story.txt")));
    article(in2, "fresh.txt", "A story nobody has seen before.");
    run(in1, out, "2026-06-01", null, false);
    RunSummary second = run(in2, out, "2026-06-02", null, false);
    assertThat(second.articles()).isEqualTo(2);
    assertThat(second.duplicatesOfEarlierRuns()).isEqualTo(1L);
    List<Row> rows = spark.read().parquet(out.resolve("articles").toString()).where("run_date = '2026-06-02'")
        .collectAsList();
    for (Row r : rows) {
      boolean dup = r.getList(r.fieldIndex("flags")).contains("duplicate_content");
      assertThat(dup).as(r.<String>getAs("source_path")).isEqualTo(r.<String>getAs("source_path").endsWith("copy.txt"));
    }
  }

  @Test
  void aSecondWriterForTheSameDateFailsFastAndStaleLocksAreBroken() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("lock-in"));
    Path out = tmp.resolve("lock-out");
    article(in, "a.txt", "Locked article.");
    Path runDir = Files.createDirectories(out.resolve("_runs/run_date=2026-07-01"));
    Path lock = runDir.resolve("_lock");
    Files.writeString(lock, "other-run host 2026-07-01T00:00:00Z\n");
    assertThatThrownBy(() -> run(in, out, "2026-07-01", null, false))
        .isInstanceOf(LockHeld.class).hasMessageContaining("another lede run").hasMessageContaining("other-run");
    assertThat(out.resolve("articles")).doesNotExist();
    // another date is not blocked
    assertThat(run(in, out, "2026-07-02", null, false).articles()).isEqualTo(1);
    // a lock older than run.lock-stale-after is the leftover of a killed run
    Files.setLastModifiedTime(lock, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 7 * 3600_000L));
    assertThat(run(in, out, "2026-07-01", null, true).articles()).isEqualTo(1);
    assertThat(lock).doesNotExist();
  }

  @Test
  void aLiveRunRefreshesItsLockSoThatOnlyAnAbandonedLockLooksStale() throws Exception {
    Path runDir = Files.createDirectories(tmp.resolve("heartbeat/_runs/run_date=2026-07-03"));
    Path lock = runDir.resolve("_lock");
    org.apache.hadoop.fs.FileSystem fs = org.apache.hadoop.fs.FileSystem.getLocal(
        new org.apache.hadoop.conf.Configuration()).getRawFileSystem();
    org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(lock.toUri());
    java.time.Duration stale = java.time.Duration.ofSeconds(2); // refreshed every 500 ms
    try (RunLock held = RunLock.acquire(fs, dir, "run-a", "app-1", stale)) {
      Files.setLastModifiedTime(lock, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
      Thread.sleep(1500);
      assertThat(System.currentTimeMillis() - Files.getLastModifiedTime(lock).toMillis()).isLessThan(1500);
      assertThatThrownBy(() -> RunLock.acquire(fs, dir, "run-b", "app-2", stale))
          .isInstanceOf(ConfigError.class).hasMessageContaining("run-a");
      // the next attempt of the same application (its first attempt's driver died) takes it over
      try (RunLock retry = RunLock.acquire(fs, dir, "run-c", "app-1", stale)) {
        assertThat(Files.readString(lock)).startsWith("run-c ");
      }
    }
    assertThat(lock).doesNotExist();
  }
}
