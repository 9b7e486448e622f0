package org.lede.readability;

import java.util.Arrays;
import java.util.List;

/**
 * The classic readability formulas over {@link TextCounts}. Every method returns null when the text has no
 * words or no sentences.
 */
public final class Readability {
  private Readability() {}

  /** All scores for one text. Fields are null when undefined. */
  public record Scores(
      Double fleschReadingEase,
      Double fleschKincaidGrade,
      Double gunningFog,
      Double smogIndex,
      Double colemanLiauIndex,
      Double automatedReadabilityIndex,
      Double daleChallScore,
      Double linsearWrite,
      Double readingGrade,
      String readingLevel) {
    public static final Scores EMPTY = new Scores(null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * @param sentenceSyllables syllables of each word, one array per sentence, in order (for Linsear Write)
   */
  public static Scores score(TextCounts c, List<int[]> sentenceSyllables) {
    if (c.words == 0 || c.sentences == 0) {
      return Scores.EMPTY;
    }
    double wps = (double) c.words / c.sentences;
    double spw = (double) c.syllables / c.words;
    double fre = 206.835 - 1.015 * wps - 84.6 * spw;
    double fk = 0.39 * wps + 11.8 * spw - 15.59;
    double fog = 0.4 * (wps + 100.0 * c.complexWords / c.words);
    double smog = 1.0430 * Math.sqrt(c.polysyllables * 30.0 / c.sentences) + 3.1291;
    double l = 100.0 * c.letters / c.words;
    double s = 100.0 * c.sentences / c.words;
    double cli = 0.0588 * l - 0.296 * s - 15.8;
    double ari = 4.71 * c.letters / c.words + 0.5 * wps - 21.43;
    double pdw = 100.0 * c.difficultWords / c.words;
    double dc = 0.1579 * pdw + 0.0496 * wps + (pdw > 5.0 ? 3.6365 : 0.0);
    double lw = linsearWrite(sentenceSyllables);
    double grade = readingGrade(longSentenceLength(sentenceSyllables), pdw);
    return new Scores(fre, fk, fog, smog, cli, ari, dc, lw, grade, level(grade));
  }

  /**
   * LIX, Björnsson's Läsbarhetsindex (C.-H. Björnsson, "Läsbarhet", Stockholm: Liber, 1968): words per
   * sentence plus the percentage of long words (more than six letters). It needs no syllables, so it is the
   * same measure in every language: about 20 is very easy, 40 newspaper prose, 60 and above very hard.
   * Null for a text without words or sentences.
   */
  public static Double lix(TextCounts c) {
    if (c.words == 0 || c.sentences == 0) {
      return null;
    }
    return (double) c.words / c.sentences + 100.0 * c.longWords / c.words;
  }

  /** Languages written without spaces between words, whose "words" and letters LIX and RIX cannot count. */
  private static final java.util.Set<String> UNSPACED = java.util.Set.of("zh", "ja", "ko", "th", "lo", "km", "my");

  /** Whether LIX and RIX mean anything in {@code language} (null, unknown: they are computed). */
  public static boolean countsLongWords(String language) {
    return language == null || !UNSPACED.contains(language);
  }

  /**
   * RIX, Anderson's simplification of LIX (J. Anderson, "Lix and Rix: variations on a little-known
   * readability index", Journal of Reading 26(6), 1983): long words (more than six letters) per sentence.
   * Null for a text without sentences.
   */
  public static Double rix(TextCounts c) {
    if (c.words == 0 || c.sentences == 0) {
      return null;
    }
    return (double) c.longWords / c.sentences;
  }

  /**
   * Linsear Write over the first 100 words: easy words (at most two syllables) count 1, hard words 3; the
   * sum over the sentences that those words touch gives r; the score is r/2 when r &gt; 20, else (r-2)/2.
   */
  static double linsearWrite(List<int[]> sentences) {
    int words = 0;
    int points = 0;
    int sentencesTouched = 0;
    for (int[] syl : sentences) {
      if (words >= 100) {
        break;
      }
      if (syl.length == 0) {
        continue;
      }
      sentencesTouched++;
      for (int x : syl) {
        if (words >= 100) {
          break;
        }
        points += x >= 3 ? 3 : 1;
        words++;
      }
    }
    if (sentencesTouched == 0) {
      return 0;
    }
    double r = (double) points / sentencesTouched;
    return r > 20 ? r / 2.0 : (r - 2.0) / 2.0;
  }

  /** Coefficients of {@link #readingGrade}, fitted as described in src/docs/measures.md ("The consensus grade"). */
  static final double GRADE_INTERCEPT = -13.37;
  static final double GRADE_PER_LOG_LENGTH = 5.93;
  static final double GRADE_PER_UNFAMILIAR_PERCENT = 0.214;

  /**
   * lede's consensus grade: {@code -13.37 + 5.93 ln(q) + 0.214 u}, where q is the mean length in words of the
   * longest quarter of the sentences (at least one) and u the percentage of words not on the Dale-Chall
   * familiar list. The two signals are the ones the classic formulas are built from, sentence length and word
   * difficulty, measured where they make text hard: in its longest sentences and its unfamiliar words. The
   * ratio of the weights comes from a pairwise ranking fit and the scale from the mean of the classic grade
   * formulas (src/docs/measures.md). Below grade 2 the value is squeezed smoothly towards 0 so it never goes negative.
   */
  public static double readingGrade(double longSentenceWords, double unfamiliarPercent) {
    double g = GRADE_INTERCEPT + GRADE_PER_LOG_LENGTH * Math.log(Math.max(1.0, longSentenceWords))
        + GRADE_PER_UNFAMILIAR_PERCENT * unfamiliarPercent;
    return g >= 2.0 ? g : 2.0 * Math.exp((g - 2.0) / 2.0);
  }

  /** Mean words of the longest quarter of the sentences (rounded up, at least one sentence). */
  static double longSentenceLength(List<int[]> sentences) {
    int[] lengths = new int[sentences.size()];
    int n = 0;
    for (int[] s : sentences) {
      if (s.length > 0) {
        lengths[n++] = s.length;
      }
    }
    if (n == 0) {
      return 0;
    }
    int[] sorted = Arrays.copyOf(lengths, n);
    Arrays.sort(sorted);
    int k = Math.max(1, (n + 3) / 4);
    double sum = 0;
    for (int i = n - k; i < n; i++) {
      sum += sorted[i];
    }
    return sum / k;
  }

  /**
   * Bands of the consensus grade: below 6 "elementary", below 9 "middle_school", below 13 "high_school",
   * below 17 "college", then "graduate".
   */
  public static String level(double grade) {
    if (grade < 6) {
      return "elementary";
    }
    if (grade < 9) {
      return "middle_school";
    }
    if (grade < 13) {
      return "high_school";
    }
    if (grade < 17) {
      return "college";
    }
    return "graduate";
  }

  /**
   * A level code ({@link #level}) in words, with the US grades it spans: "middle school (grades 6-8)". An
   * unknown code is returned as it is.
   */
  public static String levelInWords(String level) {
    if (level == null) {
      return null;
    }
    switch (level) {
      case "elementary": return "elementary (grades 1-5)";
      case "middle_school": return "middle school (grades 6-8)";
      case "high_school": return "high school (grades 9-12)";
      case "college": return "college (grades 13-16)";
      case "graduate": return "graduate (grade 17 and up)";
      default: return level;
    }
  }
}
