package org.lede.sentiment;

/**
 * The VADER method's rules for one sentence, as in vaderSentiment 3.3.x, with lede's news rules where they
 * apply: each rated token's valence after boosters and dampeners within three tokens, the negation window
 * (with {@link NewsRules}' extra negators and idioms that negate nothing), ALL-CAPS emphasis, special
 * idioms, "least", the "but" contrast and bare negations. Every rule looks at most three tokens back or two
 * ahead, so a sentence costs time linear in its length.
 */
final class VaderRules {
  static final double C_INCR = 0.733;
  static final double N_SCALAR = -0.74;

  private final NewsRules news;

  /** @param news lede's news rules, or null for plain VADER 3.3 */
  VaderRules(NewsRules news) {
    this.news = news;
  }

  /** The raw valences of every token (boosters and others 0), before the sentence-level adjustments. */
  void valences(SentimentTokens t, boolean capDiff, double[] out) {
    int n = t.size;
    for (int i = 0; i < n; i++) {
      out[i] = 0;
      if (t.has(i, TokenFacts.BOOSTER_UP | TokenFacts.BOOSTER_DOWN)) {
        continue;
      }
      if (i < n - 1 && t.code(i) == RuleWords.KIND && t.code(i + 1) == RuleWords.OF) {
        continue;
      }
      double lexicon = news == null ? t.plain[i] : t.news[i];
      if (!Double.isNaN(lexicon)) {
        out[i] = valence(t, i, capDiff, lexicon);
      } else if (news != null && NewsRules.isExcess(t, i)) {
        out[i] = valence(t, i, capDiff, NewsRules.EXCESS);
      }
    }
  }

  /** lede's sentence-level news rules: bare negations, and positive words in a question count half. */
  void newsAdjustments(SentimentTokens t, double[] sentiments) {
    if (news == null) {
      return;
    }
    scoreBareNegations(t, sentiments);
    if (t.questions > 0) {
      news.dampenQuestion(sentiments, t.size);
    }
  }

  private double valence(SentimentTokens t, int i, boolean capDiff, double lexicon) {
    double base = news == null ? lexicon : news.shifted(t, i, news.valence(t, i, lexicon, t.plain[i]));
    if (base == 0.0) {
      return 0.0;
    }
    int n = t.size;
    double valence = base;
    if (t.code(i) == RuleWords.NO && i != n - 1 && t.has(i + 1, TokenFacts.IN_LEXICON)) {
      valence = 0.0;
    }
    if ((i > 0 && t.code(i - 1) == RuleWords.NO) || (i > 1 && t.code(i - 2) == RuleWords.NO)
        || (i > 2 && t.code(i - 3) == RuleWords.NO
            && (t.code(i - 1) == RuleWords.OR || t.code(i - 1) == RuleWords.NOR))) {
      valence = base * N_SCALAR;
    }
    if (capDiff && t.has(i, SentimentTokens.UPPER)) {
      valence += valence > 0 ? C_INCR : -C_INCR;
    }
    for (int startI = 0; startI < 3; startI++) {
      int j = i - (startI + 1);
      if (i > startI && !t.has(j, TokenFacts.IN_LEXICON)) {
        double s = scalarIncDec(t, j, valence, capDiff);
        if (startI == 1 && s != 0) {
          s *= 0.95;
        } else if (startI == 2 && s != 0) {
          s *= 0.9;
        }
        valence += s;
        valence = negationCheck(valence, t, startI, i);
        if (startI == 2) {
          valence = specialIdioms(valence, t, i);
        }
      }
    }
    return leastCheck(valence, t, i);
  }

  private static double scalarIncDec(SentimentTokens t, int j, double valence, boolean capDiff) {
    double b = t.has(j, TokenFacts.BOOSTER_UP) ? TokenFacts.B_INCR
        : t.has(j, TokenFacts.BOOSTER_DOWN) ? TokenFacts.B_DECR : 0.0;
    if (b == 0.0) {
      return 0.0;
    }
    double scalar = valence < 0 ? -b : b;
    if (capDiff && t.has(j, SentimentTokens.UPPER)) {
      scalar += valence > 0 ? C_INCR : -C_INCR;
    }
    return scalar;
  }

  /**
   * A negator with no rated word among the three tokens after it (and no valence of its own) gets
   * {@link NewsRules#BARE_NEGATION}: "nobody forces people to smoke", "they haven't thought of it".
   */
  private void scoreBareNegations(SentimentTokens t, double[] sentiments) {
    int n = t.size;
    for (int j = 0; j < n; j++) {
      if (!t.has(j, TokenFacts.NEGATOR | TokenFacts.NEWS_NEGATOR) || sentiments[j] != 0 || !negated(t, j)) {
        continue;
      }
      boolean rated = false;
      for (int q = j + 1; q <= Math.min(n - 1, j + 3) && !rated; q++) {
        rated = sentiments[q] != 0;
      }
      if (!rated) {
        sentiments[j] = NewsRules.BARE_NEGATION;
      }
    }
  }

  private boolean negated(SentimentTokens t, int j) {
    if (news != null && NewsRules.negatesNothing(t, j)) {
      return false;
    }
    return t.has(j, TokenFacts.NEGATOR) || news != null && news.negates(t, j);
  }

  private double negationCheck(double valence, SentimentTokens t, int startI, int i) {
    if (startI == 0) {
      if (negated(t, i - 1)) {
        valence *= N_SCALAR;
      }
    } else if (startI == 1) {
      if (t.code(i - 2) == RuleWords.NEVER && (t.code(i - 1) == RuleWords.SO || t.code(i - 1) == RuleWords.THIS)) {
        valence *= 1.25;
      } else if (t.code(i - 2) == RuleWords.WITHOUT && t.code(i - 1) == RuleWords.DOUBT) {
        // unchanged
      } else if (negated(t, i - 2)) {
        valence *= N_SCALAR;
      }
    } else {
      // as in vaderSentiment 3.3.x, where operator precedence makes "so"/"this" just before the word enough
      if (t.code(i - 3) == RuleWords.NEVER && (t.code(i - 2) == RuleWords.SO || t.code(i - 2) == RuleWords.THIS)
          || t.code(i - 1) == RuleWords.SO || t.code(i - 1) == RuleWords.THIS) {
        valence *= 1.25;
      } else if (t.code(i - 3) == RuleWords.WITHOUT
          && (t.code(i - 2) == RuleWords.DOUBT || t.code(i - 1) == RuleWords.DOUBT)) {
        // unchanged
      } else if (negated(t, i - 3)) {
        valence *= N_SCALAR;
      }
    }
    return valence;
  }

  /** A multi-word idiom or booster as the codes of its words, and its value. */
  private record Phrase(int[] codes, double value) {}

  private static final Phrase[] SPECIAL = phrases(TokenFacts.SPECIAL_CASES);
  private static final Phrase[] NGRAM_BOOSTERS = phrases(TokenFacts.BOOSTERS);

  private static Phrase[] phrases(java.util.Map<String, Double> m) {
    java.util.List<Phrase> out = new java.util.ArrayList<>();
    for (java.util.Map.Entry<String, Double> e : m.entrySet()) {
      int[] codes = e.getKey().indexOf(' ') > 0 ? RuleWords.codes(e.getKey()) : null;
      if (codes != null) {
        out.add(new Phrase(codes, e.getValue()));
      }
    }
    return out.toArray(new Phrase[0]);
  }

  /** The value of the phrase that tokens {@code from} to {@code from + len - 1} make, or NaN. */
  private static double phrase(Phrase[] table, SentimentTokens t, int from, int len) {
    for (Phrase p : table) {
      if (p.codes.length == len) {
        boolean match = true;
        for (int k = 0; k < len && match; k++) {
          match = t.code(from + k) == p.codes[k];
        }
        if (match) {
          return p.value;
        }
      }
    }
    return Double.NaN;
  }

  /**
   * The phrases ending at or before token i that {@link #specialIdioms} tries, as (tokens back from i, tokens),
   * in its order: "w[i-1] w[i]", "w[i-2] w[i-1] w[i]", "w[i-2] w[i-1]", "w[i-3] w[i-2] w[i-1]", "w[i-3] w[i-2]".
   */
  private static final int[][] IDIOM_WINDOWS = {{1, 2}, {2, 3}, {2, 2}, {3, 3}, {3, 2}};
  /** The multi-word boosters before token i, likewise: "w[i-3] w[i-2] w[i-1]", "w[i-3] w[i-2]", "w[i-2] w[i-1]". */
  private static final int[][] BOOSTER_WINDOWS = {{3, 3}, {3, 2}, {2, 2}};

  /** The special idioms and multi-word boosters around token i (i &gt;= 3), as vaderSentiment 3.3 reads them. */
  private static double specialIdioms(double valence, SentimentTokens t, int i) {
    int n = t.size;
    boolean near = false;
    for (int k = i - 3; k <= Math.min(n - 1, i + 2) && !near; k++) {
      near = t.has(k, TokenFacts.IDIOM_WORD);
    }
    if (!near) {
      return valence; // no idiom word within reach: no phrase below can match
    }
    // the first window that is an idiom sets the valence
    for (int[] w : IDIOM_WINDOWS) {
      double v = phrase(SPECIAL, t, i - w[0], w[1]);
      if (!Double.isNaN(v)) {
        valence = v;
        break;
      }
    }
    if (n - 1 > i) {
      double v = phrase(SPECIAL, t, i, 2);
      if (!Double.isNaN(v)) {
        valence = v;
      }
    }
    if (n - 1 > i + 1) {
      double v = phrase(SPECIAL, t, i, 3);
      if (!Double.isNaN(v)) {
        valence = v;
      }
    }
    for (int[] w : BOOSTER_WINDOWS) {
      double b = phrase(NGRAM_BOOSTERS, t, i - w[0], w[1]);
      if (!Double.isNaN(b)) {
        valence += b;
      }
    }
    return valence;
  }

  private static double leastCheck(double valence, SentimentTokens t, int i) {
    if (i > 1 && !t.has(i - 1, TokenFacts.IN_LEXICON) && t.code(i - 1) == RuleWords.LEAST) {
      if (t.code(i - 2) != RuleWords.AT && t.code(i - 2) != RuleWords.VERY) {
        valence *= N_SCALAR;
      }
    } else if (i > 0 && !t.has(i - 1, TokenFacts.IN_LEXICON) && t.code(i - 1) == RuleWords.LEAST) {
      valence *= N_SCALAR;
    }
    return valence;
  }

  /** Words before the first "but" are halved, words after it raised by half. */
  static void butCheck(SentimentTokens t, double[] sentiments) {
    int n = t.size;
    int bi = -1;
    for (int k = 0; k < n; k++) {
      if (t.code(k) == RuleWords.BUT) {
        bi = k;
        break;
      }
    }
    if (bi < 0) {
      return;
    }
    for (int k = 0; k < n; k++) {
      if (k < bi) {
        sentiments[k] *= 0.5;
      } else if (k > bi) {
        sentiments[k] *= 1.5;
      }
    }
  }
}
