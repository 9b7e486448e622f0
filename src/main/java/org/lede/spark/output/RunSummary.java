package org.lede.spark.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * What one run did, as written to {@code DIR/_runs/run_date=D/summary.json} by {@link RunSummaryFile} (JSON
 * keys are the components' names in snake case, in this order). records_read = articles + rejects, per file
 * and in total; skipped records (WARC requests, non-HTML responses...) are counted apart.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunSummary(
    String ledeVersion,
    String runId,
    String runDate,
    String startedAt,
    String finishedAt,
    Durations durations,
    List<String> inputs,
    String output,
    int files,
    int filesListed,
    int filesSkipped,
    String incremental,
    List<SkippedFile> skipped,
    long recordsRead,
    long skippedRecords,
    Map<String, Long> skippedRecordsByKind,
    long articles,
    long paragraphs,
    long rejects,
    Map<String, Long> rejectsByReason,
    Map<String, Long> flags,
    double rejectRatio,
    double maxRejectRatio,
    String sentimentEngine,
    boolean rejectThresholdExceeded,
    List<FileCounts> perFile,
    long duplicatesOfEarlierRuns,
    Stories stories) {

  /**
   * Wall-clock time of the run's steps, in milliseconds; the story step's time (finding the stories, writing
   * the stories table and index) is part of write_ms and also given on its own.
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Durations(long listInputsMs, long readAndAnalyseMs, long writeMs, long totalMs, long storiesMs) {}

  /**
   * What the story step found: the stories of this run's articles and how many are new; boilerplate
   * paragraphs left out of comparisons; earlier nights' articles compared with; candidate pairs and verified
   * copy pairs (each counting the exact copies too, a pair per later copy of a text); the most articles of
   * this run in one story. Null when the step is off.
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Stories(long stories, long newStories, long repeatedParagraphs, long earlierArticles,
      long candidatePairs, long copyPairs, int largestGroup) {}

  /** A listed file that an earlier run already read, and why it was skipped. */
  public record SkippedFile(String path, String reason) {}

  /** One input file's counts; the by-reason and skipped fields only when there are any. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FileCounts(String path, long recordsRead, long articles, long rejects,
      Map<String, Long> rejectsByReason, Long skippedRecords, Map<String, Long> skippedRecordsByKind) {}
}
