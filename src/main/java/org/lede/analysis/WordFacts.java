package org.lede.analysis;

import java.util.Locale;
import org.lede.readability.DaleChallList;
import org.lede.summary.Summarizer;
import org.lede.text.Language;
import org.lede.text.Syllables;
import org.lede.text.Words;

/**
 * What the analyses need to know of one word form, computed once per form: syllables and letters, whether it
 * is a complex word (Fog) and an unfamiliar one (Dale-Chall) unless it is a proper noun, the summariser's
 * stem, and its evidence for the language guess. For the vocabulary's forms the facts are packed into one
 * long ({@link #pack}); for other forms they are a {@link Form}.
 */
final class WordFacts {
  private WordFacts() {}

  static final int COMPLEX = 1;
  static final int DIFFICULT = 1 << 1;
  static final int CAPITALISED = 1 << 2;
  static final int HAS_LETTER = 1 << 3;
  static final int ALL_CAPS = 1 << 4;

  /** Facts of a form the vocabulary lacks, computed from the form as written (case kept). */
  static final class Form {
    /** The word as {@link Words#normalise} gives it. */
    final String word;
    final int syllables;
    final int letters;
    /** {@link #COMPLEX}, {@link #DIFFICULT}, {@link #CAPITALISED}, {@link #HAS_LETTER}, {@link #ALL_CAPS}. */
    final int bits;
    final int languageBits;
    /** The summariser's stem, or null. */
    final String stem;
    /** The stem's id ({@link AnalysisContext#stemId}), or -1 for none. */
    final int stemId;

    Form(String w, java.util.function.ToIntFunction<String> stemIds) {
      word = w;
      syllables = Syllables.count(w, false);
      letters = Words.letterCount(w);
      bits = (isComplex(w, syllables, false) ? COMPLEX : 0) | (isDifficult(w, false) ? DIFFICULT : 0)
          | (Words.isCapitalised(w) ? CAPITALISED : 0) | (Words.hasLetter(w) ? HAS_LETTER : 0)
          | (Words.isAllCaps(w) ? ALL_CAPS : 0);
      languageBits = Language.bitsOf(w.toLowerCase(Locale.ROOT));
      stem = stem(w);
      stemId = stem == null ? -1 : stemIds.applyAsInt(stem);
    }
  }

  /**
   * The facts of a lower-case vocabulary form packed into one long: syllables (bits 0-4), letters (5-11),
   * complex (12), unfamiliar (13), has a letter (14), language bits (16-22), stem id + 1 (32-55; 0: none).
   */
  static long pack(String w, int stemId) {
    int syllables = Syllables.count(w, false);
    long f = Math.min(syllables, 31) | (long) Math.min(Words.letterCount(w), 127) << 5
        | (isComplex(w, syllables, false) ? 1L << 12 : 0) | (isDifficult(w, false) ? 1L << 13 : 0)
        | (Words.hasLetter(w) ? 1L << 14 : 0)
        | (long) Language.bitsOf(w.toLowerCase(Locale.ROOT)) << 16
        | (long) (stemId + 1) << 32;
    return f;
  }

  static int syllables(long f) {
    return (int) (f & 31);
  }

  static int letters(long f) {
    return (int) (f >>> 5) & 127;
  }

  /** {@link #COMPLEX}, {@link #DIFFICULT} and {@link #HAS_LETTER} of packed facts. */
  static int bits(long f) {
    return ((f & (1L << 12)) != 0 ? COMPLEX : 0) | ((f & (1L << 13)) != 0 ? DIFFICULT : 0)
        | ((f & (1L << 14)) != 0 ? HAS_LETTER : 0);
  }

  static int languageBits(long f) {
    return (int) (f >>> 16) & 127;
  }

  static int stemId(long f) {
    return (int) ((f >>> 32) & 0xFFFFFF) - 1;
  }

  /** The summariser's term for a word: the stem of its lower-case form, or null for stop words. */
  static String stem(String w) {
    return Summarizer.term(w);
  }

  /** Complex for Fog (proper nouns aside): three syllables or more, not hyphenated, a number or a URL. */
  static boolean isComplex(String w, int syllables, boolean allCapsSentence) {
    return syllables >= 3 && w.indexOf('-') < 0 && !Character.isDigit(w.charAt(0)) && !Words.isUrlOrEmail(w)
        && !SentenceAnalysis.onlyThroughSuffix(w, allCapsSentence);
  }

  /** Unfamiliar for Dale-Chall (proper nouns aside): letters, not a URL or an acronym, not on the list. */
  static boolean isDifficult(String w, boolean allCapsSentence) {
    return Words.hasLetter(w) && !Words.isUrlOrEmail(w)
        && !(Words.isAllCaps(w) && !allCapsSentence && w.length() > 1)
        && !DaleChallList.isFamiliar(w.replace("'s", "").replace("'", ""));
  }
}
