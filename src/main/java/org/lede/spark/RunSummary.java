package org.lede.spark;

import java.util.Map;

/**
 * Counts of one run, also written as DIR/_runs/run_date=D/summary.json. records_read = articles + rejects,
 * per file and in total.
 */
public record RunSummary(
    String runId,
    String runDate,
    int files,
    long recordsRead,
    long articles,
    long paragraphs,
    long rejects,
    Map<String, Long> rejectsByReason,
    Map<String, Long> flags,
    double rejectRatio,
    boolean rejectThresholdExceeded,
    Map<String, Object> json) {}
