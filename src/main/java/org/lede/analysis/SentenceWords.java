package org.lede.analysis;

import java.util.Arrays;

/**
 * The facts of one sentence's words, resolved from the vocabulary or the context's memo: what readability,
 * the language guess and the summariser read. Sizes are {@link #size}; arrays are reused.
 */
final class SentenceWords {
  int size;
  int[] syllables = new int[32];
  int[] letters = new int[32];
  /** {@link WordFacts#COMPLEX}, {@link WordFacts#DIFFICULT}, {@link WordFacts#CAPITALISED}, ... */
  int[] bits = new int[32];
  int[] languageBits = new int[32];
  /** The stem's id ({@link AnalysisContext#stemId}), or -1 for none. */
  int[] stemId = new int[32];
  /**
   * The VADER facts of the word's lower-case form when a table (the vocabulary's or the context's) has it,
   * copied while its cache line is at hand; {@link #hasSentiment} false otherwise.
   */
  boolean[] hasSentiment = new boolean[32];
  int[] sentimentFlags = new int[32];
  double[] plainValence = new double[32];
  double[] newsValence = new double[32];

  void clear() {
    size = 0;
  }

  int add() {
    if (size == syllables.length) {
      int n = size * 2;
      syllables = Arrays.copyOf(syllables, n);
      letters = Arrays.copyOf(letters, n);
      bits = Arrays.copyOf(bits, n);
      languageBits = Arrays.copyOf(languageBits, n);
      stemId = Arrays.copyOf(stemId, n);
      hasSentiment = Arrays.copyOf(hasSentiment, n);
      sentimentFlags = Arrays.copyOf(sentimentFlags, n);
      plainValence = Arrays.copyOf(plainValence, n);
      newsValence = Arrays.copyOf(newsValence, n);
    }
    return size++;
  }
}
