package org.lede.text;

import java.util.Arrays;

/**
 * The tokens of one sentence, as {@link Tokenizer} finds them in one pass over its characters, for every
 * analysis to read: the words ({@link Words}' rules) with their case and a packed lower-case key; the
 * whitespace tokens the VADER method scores (punctuation stripped from both ends unless that leaves two
 * characters or fewer), each with the word it coincides with; and the sentence's punctuation and script
 * counts. Arrays grow as needed; sizes are {@link #words} and {@link #chunks}.
 */
public final class SentenceTokens {
  /** The word has no upper-case letter. */
  public static final byte LOWER = 0;
  /** One upper-case letter, first, and a lower-case one after it, in a word without hyphen or apostrophe. */
  public static final byte CAPITALISED = 1;
  /** Any other mix of cases (ALL CAPS, camelCase, a capitalised hyphenated word, a single capital). */
  public static final byte OTHER = 2;

  /** Longest form whose lower-case key is packed ({@link #KEY_CHARS} ASCII characters in two longs). */
  public static final int KEY_CHARS = 16;

  String text;
  public int words;
  public int[] wordStart = new int[32];
  public int[] wordEnd = new int[32];
  public byte[] wordCase = new byte[32];
  /** The lower-case key of the word: ASCII and at most {@link #KEY_CHARS} long, else {@code keyed} is false. */
  public long[] wordKey0 = new long[32];
  public long[] wordKey1 = new long[32];
  public boolean[] wordKeyed = new boolean[32];
  /** The {@link #keyHash} of the word's key, when it is keyed. */
  public long[] wordHash = new long[32];
  /** The word has a letter / no lower-case letter and at least one letter (Words.hasLetter, isAllCaps). */
  public boolean[] wordHasLetter = new boolean[32];
  public boolean[] wordAllCaps = new boolean[32];

  public int chunks;
  /** The span the VADER method reads as the token. */
  public int[] chunkStart = new int[32];
  public int[] chunkEnd = new int[32];
  /** Punctuation was stripped after the token ("too," and "too." end a clause). */
  public boolean[] chunkPunctuated = new boolean[32];
  /** Index of the word with the same span, or -1. */
  public int[] chunkWord = new int[32];
  public long[] chunkKey0 = new long[32];
  public long[] chunkKey1 = new long[32];
  public boolean[] chunkKeyed = new boolean[32];
  /** The {@link #keyHash} of the token's key, when it is keyed. */
  public long[] chunkHash = new long[32];

  public int exclamations;
  public int questions;
  /** Every character is ASCII. */
  public boolean ascii;
  /** Letters of the Latin script and of other scripts. */
  public int latinLetters;
  public int otherLetters;

  /**
   * The hash of a packed key of {@code len} characters, for the tables keyed by it: computed with the key, so
   * that a word's look-ups need not compute it again.
   */
  public static long keyHash(long k0, long k1, int len) {
    long h = k0 * 0x9E3779B97F4A7C15L ^ Long.rotateLeft(k1 * 0xC2B2AE3D27D4EB4FL, 31) ^ len;
    return h ^ (h >>> 29) ^ (h >>> 41);
  }

  /** The sentence. */
  public String text() {
    return text;
  }

  /** The text of word k, with curly apostrophes and Unicode hyphens made plain ({@link Words#normalise}). */
  public String word(int k) {
    return Words.normalise(text.substring(wordStart[k], wordEnd[k]));
  }

  /** The text of VADER token k. */
  public String chunk(int k) {
    return text.substring(chunkStart[k], chunkEnd[k]);
  }

  void clear(String t) {
    text = t;
    words = 0;
    chunks = 0;
    exclamations = 0;
    questions = 0;
    ascii = true;
    latinLetters = 0;
    otherLetters = 0;
  }

  int addWord(int start, int end) {
    if (words == wordStart.length) {
      int n = words * 2;
      wordStart = Arrays.copyOf(wordStart, n);
      wordEnd = Arrays.copyOf(wordEnd, n);
      wordCase = Arrays.copyOf(wordCase, n);
      wordKey0 = Arrays.copyOf(wordKey0, n);
      wordKey1 = Arrays.copyOf(wordKey1, n);
      wordKeyed = Arrays.copyOf(wordKeyed, n);
      wordHash = Arrays.copyOf(wordHash, n);
      wordHasLetter = Arrays.copyOf(wordHasLetter, n);
      wordAllCaps = Arrays.copyOf(wordAllCaps, n);
    }
    wordStart[words] = start;
    wordEnd[words] = end;
    return words++;
  }

  int addChunk(int start, int end, boolean punctuated) {
    if (chunks == chunkStart.length) {
      int n = chunks * 2;
      chunkStart = Arrays.copyOf(chunkStart, n);
      chunkEnd = Arrays.copyOf(chunkEnd, n);
      chunkPunctuated = Arrays.copyOf(chunkPunctuated, n);
      chunkWord = Arrays.copyOf(chunkWord, n);
      chunkKey0 = Arrays.copyOf(chunkKey0, n);
      chunkKey1 = Arrays.copyOf(chunkKey1, n);
      chunkKeyed = Arrays.copyOf(chunkKeyed, n);
      chunkHash = Arrays.copyOf(chunkHash, n);
    }
    chunkStart[chunks] = start;
    chunkEnd[chunks] = end;
    chunkPunctuated[chunks] = punctuated;
    chunkWord[chunks] = -1;
    return chunks++;
  }
}
