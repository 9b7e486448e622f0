package org.lede.sentiment;

/** VADER-style scores: compound in [-1, 1] and the positive, neutral and negative proportions. */
public record SentimentScores(double compound, double positive, double neutral, double negative) {
  public static final SentimentScores NEUTRAL = new SentimentScores(0, 0, 0, 0);

  /** The conventional VADER threshold: positive at this compound or more, negative at minus this or less. */
  public static final double LABEL_THRESHOLD = 0.05;

  /** Label by the conventional VADER thresholds: positive at 0.05 or more, negative at -0.05 or less. */
  public static String label(double compound) {
    if (compound >= LABEL_THRESHOLD) {
      return "positive";
    }
    if (compound <= -LABEL_THRESHOLD) {
      return "negative";
    }
    return "neutral";
  }

  /** {@link #label} as a Spark SQL expression over the column {@code compound}. */
  public static String labelSql(String compound) {
    return "CASE WHEN " + compound + " >= " + LABEL_THRESHOLD + " THEN 'positive' WHEN " + compound + " <= -"
        + LABEL_THRESHOLD + " THEN 'negative' ELSE 'neutral' END";
  }
}
