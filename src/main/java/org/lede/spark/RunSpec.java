package org.lede.spark;

import java.time.LocalDate;
import java.util.List;
import org.lede.config.LedeConfig;

/**
 * What one `lede run` does: read these inputs, write this output for this run date.
 *
 * @param since with incremental input, ignore the manifests of runs dated on or after this date (null: none)
 * @param reprocess read every listed file, ignoring the manifests
 */
public record RunSpec(List<String> inputs, String output, LocalDate runDate, LedeConfig config, LocalDate since,
    boolean reprocess) {

  public RunSpec(List<String> inputs, String output, LocalDate runDate, LedeConfig config) {
    this(inputs, output, runDate, config, null, false);
  }
}
