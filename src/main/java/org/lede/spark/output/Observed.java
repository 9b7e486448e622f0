package org.lede.spark.output;

import org.apache.spark.sql.Observation;

/** Metrics a write observed ({@code Dataset.observe}): counted while the rows were written, not read back. */
public final class Observed {
  private Observed() {}

  /** The metric's value; the observed write must have run (its table had rows), else this would wait. */
  public static long value(Observation o, String metric) {
    try {
      Object v = o.getAsJava().get(metric);
      return v == null ? 0 : ((Number) v).longValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading a write's metrics", e);
    }
  }
}
