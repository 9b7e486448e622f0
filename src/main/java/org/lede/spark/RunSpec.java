package org.lede.spark;

import java.time.LocalDate;
import java.util.List;
import org.lede.config.LedeConfig;

/** What one `lede run` does: read these inputs, write this output for this run date. */
public record RunSpec(List<String> inputs, String output, LocalDate runDate, LedeConfig config) {}
