package org.lede.sentiment;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the labels of a trained model (Spark NLP sentiment or category annotations) to lede's scale. Each
 * annotation gives P(positive) and P(negative): from per-class probabilities in its metadata when the model
 * writes them (ClassifierDL and SentimentDL do), else from its label and "confidence" (Vivekn): the label's
 * class gets the confidence and the opposite class the rest. A neutral or unknown label ("na") counts as
 * neither. Then compound = P(pos) - P(neg), positive = P(pos), negative = P(neg), neutral = 1 - both, averaged
 * over the annotations (one per sentence or document).
 */
public final class ModelLabels {
  private ModelLabels() {}

  /** +1 for a positive label, -1 for a negative one, 0 otherwise. */
  public static int polarity(String label) {
    String l = label == null ? "" : label.trim().toLowerCase(Locale.ROOT);
    switch (l) {
      case "positive": case "pos": case "1": case "good": case "4 stars": case "5 stars":
        return 1;
      case "negative": case "neg": case "0": case "-1": case "bad": case "1 star": case "2 stars":
        return -1;
      default:
        return 0;
    }
  }

  public static SentimentScores score(List<String> labels, List<Map<String, String>> metadata) {
    if (labels.isEmpty()) {
      return null;
    }
    double pos = 0;
    double neg = 0;
    for (int i = 0; i < labels.size(); i++) {
      Map<String, String> m = i < metadata.size() && metadata.get(i) != null ? metadata.get(i) : Map.of();
      double[] p = probabilities(labels.get(i), m);
      pos += p[0];
      neg += p[1];
    }
    int n = labels.size();
    pos /= n;
    neg /= n;
    return new SentimentScores(pos - neg, pos, Math.max(0, 1 - pos - neg), neg);
  }

  static double[] probabilities(String label, Map<String, String> meta) {
    Double p = number(meta, "positive", "pos");
    Double q = number(meta, "negative", "neg");
    if (p != null || q != null) {
      return new double[] {p == null ? 0 : p, q == null ? 0 : q};
    }
    int polarity = polarity(label);
    Double c = number(meta, "confidence");
    double conf = c == null ? 1.0 : Math.max(0, Math.min(1, c));
    if (polarity > 0) {
      return new double[] {conf, 1 - conf};
    }
    if (polarity < 0) {
      return new double[] {1 - conf, conf};
    }
    return new double[] {0, 0};
  }

  private static Double number(Map<String, String> m, String... keys) {
    for (String k : keys) {
      String v = m.get(k);
      if (v != null) {
        try {
          double d = Double.parseDouble(v.trim());
          if (Double.isFinite(d)) {
            return d;
          }
        } catch (NumberFormatException ignored) {
          // not a number
        }
      }
    }
    return null;
  }
}
