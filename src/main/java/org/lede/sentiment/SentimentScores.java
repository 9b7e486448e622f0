package org.lede.sentiment;

/** VADER-style scores: compound in [-1, 1] and the positive, neutral and negative proportions. */
public record SentimentScores(double compound, double positive, double neutral, double negative) {
  public static final SentimentScores NEUTRAL = new SentimentScores(0, 0, 0, 0);

  /** Label by the conventional VADER thresholds: positive at 0.05 or more, negative at -0.05 or less. */
  public static String label(double compound) {
    if (compound >= 0.05) {
      return "positive";
    }
    if (compound <= -0.05) {
      return "negative";
    }
    return "neutral";
  }
}
