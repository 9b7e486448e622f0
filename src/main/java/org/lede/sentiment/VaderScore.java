package org.lede.sentiment;

/**
 * The VADER method's scores of a sentence from its tokens' valences: the compound score (the sum, with
 * exclamation and question emphasis, normalised to -1..1) and the positive, neutral and negative proportions.
 */
final class VaderScore {
  private VaderScore() {}

  static SentimentScores of(double[] sentiments, int n, int exclamations, int questions) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += sentiments[i];
    }
    double punct = punctuationEmphasis(exclamations, questions);
    if (sum > 0) {
      sum += punct;
    } else if (sum < 0) {
      sum -= punct;
    }
    double compound = normalize(sum);
    double pos = 0;
    double neg = 0;
    int neu = 0;
    for (int i = 0; i < n; i++) {
      double s = sentiments[i];
      if (s > 0) {
        pos += s + 1;
      } else if (s < 0) {
        neg += s - 1;
      } else {
        neu++;
      }
    }
    if (pos > Math.abs(neg)) {
      pos += punct;
    } else if (pos < Math.abs(neg)) {
      neg -= punct;
    }
    double total = pos + Math.abs(neg) + neu;
    return new SentimentScores(compound, Math.abs(pos / total), Math.abs(neu / total), Math.abs(neg / total));
  }

  static double normalize(double score) {
    double norm = score / Math.sqrt(score * score + 15);
    return Math.max(-1.0, Math.min(1.0, norm));
  }

  private static double punctuationEmphasis(int exclamations, int questions) {
    double amp = Math.min(exclamations, 4) * 0.292;
    if (questions > 1) {
      amp += questions <= 3 ? questions * 0.18 : 0.96;
    }
    return amp;
  }
}
