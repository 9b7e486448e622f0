package org.lede.sentiment;

import java.util.Arrays;

/**
 * One sentence's tokens as the VADER method reads them: each token's {@link TokenFacts} (flags, the
 * {@link RuleWords} code of its lower-case form, valences), what the token looks like as written (ALL CAPS, a capital first, an opening quote, its
 * last character), whether punctuation was stripped after it, and the sentence's '!' and '?' counts. Filled
 * by the analysis from its one pass over the text, or by {@link #of} from a string.
 */
public final class SentimentTokens {
  /** Occurrence flag: the token as written is in capitals (Python's str.isupper). */
  static final int UPPER = 1 << 16;
  /** Occurrence flag: the token starts with a capital. */
  static final int FIRST_UPPER = 1 << 17;
  /** Occurrence flag: the token starts with a straight or opening double quote. */
  static final int QUOTE_FIRST = 1 << 18;

  int size;
  int[] flags = new int[32];
  double[] plain = new double[32];
  double[] news = new double[32];
  char[] last = new char[32];
  boolean[] punctuated = new boolean[32];
  private double[] scores = new double[32];
  int exclamations;
  int questions;

  public void clear(int exclamations, int questions) {
    size = 0;
    this.exclamations = exclamations;
    this.questions = questions;
  }

  /**
   * Adds the next token.
   *
   * @param raw the sentence; the token is {@code raw[start, end)}
   */
  public void add(TokenFacts f, String raw, int start, int end, boolean punctuatedAfter) {
    add(f.flags, f.plainValence, f.newsValence, raw, start, end, punctuatedAfter);
  }

  /** Adds the next token, its facts given field by field (from a vocabulary's table). */
  public void add(int factFlags, double plainValence, double newsValence, String raw, int start, int end,
      boolean punctuatedAfter) {
    add(factFlags, plainValence, newsValence, raw, start, end, punctuatedAfter, occurrence(raw, start, end));
  }

  /** What a token looks like as written: {@link #UPPER}, {@link #FIRST_UPPER}, {@link #QUOTE_FIRST}. */
  public static int occurrence(String raw, int start, int end) {
    char first = raw.charAt(start);
    return (Vader.isUpper(raw, start, end) ? UPPER : 0)
        | (Character.isUpperCase(first) ? FIRST_UPPER : 0)
        | (first == '"' || first == '\u201C' ? QUOTE_FIRST : 0);
  }

  /** The occurrence flags of a word in lower case (neither) or capitalised ({@link #FIRST_UPPER}). */
  public static int occurrence(boolean capitalised) {
    return capitalised ? FIRST_UPPER : 0;
  }

  /**
   * Adds the next token with its occurrence flags already known.
   *
   * @param occurrence {@link #occurrence}
   */
  public void add(int factFlags, double plainValence, double newsValence, String raw, int start, int end,
      boolean punctuatedAfter, int occurrence) {
    if (size == flags.length) {
      int n = size * 2;
      flags = Arrays.copyOf(flags, n);
      plain = Arrays.copyOf(plain, n);
      news = Arrays.copyOf(news, n);
      last = Arrays.copyOf(last, n);
      punctuated = Arrays.copyOf(punctuated, n);
    }
    flags[size] = factFlags | occurrence;
    plain[size] = plainValence;
    news[size] = newsValence;
    last[size] = raw.charAt(end - 1);
    punctuated[size] = punctuatedAfter;
    size++;
  }

  public int size() {
    return size;
  }

  /** A buffer of at least {@link #size} scores, one per token, for the scoring of this sentence (reused). */
  double[] scores() {
    if (scores.length < size) {
      scores = new double[Math.max(size, 2 * scores.length)];
    }
    return scores;
  }

  boolean has(int i, int flag) {
    return (flags[i] & flag) != 0;
  }

  /** The {@link RuleWords} code of token i. */
  int code(int i) {
    return (flags[i] >>> TokenFacts.CODE_SHIFT) & 0xFF;
  }
}
