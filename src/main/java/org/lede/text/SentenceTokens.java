package org.lede.text;

import java.util.Arrays;

/**
 * The tokens of one sentence, as {@link Tokenizer} finds them in one pass over its characters, for every
 * analysis to read: the words ({@link Words}' rules) with their case and {@link FormKey}; the whitespace
 * tokens the VADER method scores (punctuation stripped from both ends unless that leaves two characters or
 * fewer), each with the word it coincides with; and the sentence's punctuation and script counts. Read-only
 * for its readers (the tokenizer fills it, and reuses it for the next sentence).
 */
public final class SentenceTokens {
  /** The word has no upper-case letter. */
  public static final byte LOWER = 0;
  /** One upper-case letter, first, and a lower-case one after it, in a word without hyphen or apostrophe. */
  public static final byte CAPITALISED = 1;
  /** Any other mix of cases (ALL CAPS, camelCase, a capitalised hyphenated word, a single capital). */
  public static final byte OTHER = 2;

  String text;
  int words;
  int[] wordStart = new int[32];
  int[] wordEnd = new int[32];
  byte[] wordCase = new byte[32];
  /** The word's {@link FormKey} (when {@code wordKeyed}) and its hash. */
  long[] wordKey0 = new long[32];
  long[] wordKey1 = new long[32];
  boolean[] wordKeyed = new boolean[32];
  long[] wordHash = new long[32];
  /** The word has a letter / no lower-case letter and at least one letter. */
  boolean[] wordHasLetter = new boolean[32];
  boolean[] wordAllCaps = new boolean[32];

  int chunks;
  int[] chunkStart = new int[32];
  int[] chunkEnd = new int[32];
  boolean[] chunkPunctuated = new boolean[32];
  int[] chunkWord = new int[32];
  long[] chunkKey0 = new long[32];
  long[] chunkKey1 = new long[32];
  boolean[] chunkKeyed = new boolean[32];
  long[] chunkHash = new long[32];

  int exclamations;
  int questions;
  boolean ascii;
  int latinLetters;
  int otherLetters;

  // ---- the words ----

  /** How many words the sentence has. */
  public int words() {
    return words;
  }

  public int wordStart(int k) {
    return wordStart[k];
  }

  public int wordEnd(int k) {
    return wordEnd[k];
  }

  /** {@link #LOWER}, {@link #CAPITALISED} or {@link #OTHER}. */
  public byte wordCase(int k) {
    return wordCase[k];
  }

  /** The word has a {@link FormKey}: ASCII and at most {@link FormKey#MAX_CHARS} long. */
  public boolean wordKeyed(int k) {
    return wordKeyed[k];
  }

  public long wordKey0(int k) {
    return wordKey0[k];
  }

  public long wordKey1(int k) {
    return wordKey1[k];
  }

  /** The {@link FormKey#hash} of the word's key, when it has one. */
  public long wordHash(int k) {
    return wordHash[k];
  }

  public boolean wordHasLetter(int k) {
    return wordHasLetter[k];
  }

  public boolean wordAllCaps(int k) {
    return wordAllCaps[k];
  }

  // ---- the VADER tokens ----

  /** How many whitespace tokens (the VADER method's) the sentence has. */
  public int chunks() {
    return chunks;
  }

  /** The span the VADER method reads as token k. */
  public int chunkStart(int k) {
    return chunkStart[k];
  }

  public int chunkEnd(int k) {
    return chunkEnd[k];
  }

  /** Punctuation was stripped after the token ("too," and "too." end a clause). */
  public boolean chunkPunctuated(int k) {
    return chunkPunctuated[k];
  }

  /** The word with the same span as token k, or -1. */
  public int chunkWord(int k) {
    return chunkWord[k];
  }

  public boolean chunkKeyed(int k) {
    return chunkKeyed[k];
  }

  public long chunkKey0(int k) {
    return chunkKey0[k];
  }

  public long chunkKey1(int k) {
    return chunkKey1[k];
  }

  public long chunkHash(int k) {
    return chunkHash[k];
  }

  // ---- the sentence ----

  public int exclamations() {
    return exclamations;
  }

  public int questions() {
    return questions;
  }

  /** Every character is ASCII. */
  public boolean ascii() {
    return ascii;
  }

  /** Letters of the Latin script. */
  public int latinLetters() {
    return latinLetters;
  }

  /** Letters of other scripts. */
  public int otherLetters() {
    return otherLetters;
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
