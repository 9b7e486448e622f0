package org.lede.text;

/**
 * Cuts a sentence into {@link SentenceTokens} in one pass: whitespace-separated chunks (the VADER method's
 * tokens) and, inside each, the words of {@link Words} (its rule: {@link Words#joins}, {@link Words#emailAt},
 * URLs), with each word's case, its {@link FormKey} for the vocabulary look-up, and the sentence's '!' and '?' counts and Latin and other-script letters. One instance
 * per thread (the tokens are reused).
 */
public final class Tokenizer {
  /** Punctuation VADER strips from both ends of a token (Python's string.punctuation). */
  private static final String PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private Tokenizer() {}

  private static final byte OTHER_CHAR = 0;
  private static final byte WORD_CHAR = 1;
  private static final byte SPACE_CHAR = 2;
  /** What each ASCII character is: a word character, whitespace, or neither. */
  private static final byte[] ASCII = new byte[128];

  /** The characters of {@link #PUNCT}, by code. */
  private static final boolean[] PUNCT_CHAR = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = Words.isWordChar(c) ? WORD_CHAR : Character.isWhitespace(c) ? SPACE_CHAR : OTHER_CHAR;
      PUNCT_CHAR[c] = PUNCT.indexOf(c) >= 0;
    }
  }

  private static boolean isPunct(char c) {
    return c < 128 && PUNCT_CHAR[c];
  }

  private static boolean isSpace(char c) {
    return c < 128 ? ASCII[c] == SPACE_CHAR : Character.isWhitespace(c);
  }

  private static boolean isWordChar(char c) {
    return c < 128 ? ASCII[c] == WORD_CHAR : Words.isWordChar(c);
  }

  /** Tokenises {@code sentence} into {@code out} (cleared first). */
  public static SentenceTokens tokenize(String sentence, SentenceTokens out) {
    out.clear(sentence);
    String t = sentence;
    int n = t.length();
    int i = 0;
    while (i < n) {
      while (i < n && isSpace(t.charAt(i))) {
        i++;
      }
      if (i == n) {
        break;
      }
      // one pass over the chunk: its words (scanned and described at once) and the characters between them
      int s = i;
      int firstWord = out.words;
      while (i < n) {
        char c = t.charAt(i);
        if (isWordChar(c)) {
          i = word(t, i, n, out);
        } else if (isSpace(c)) {
          break;
        } else {
          if (c == '!') {
            out.exclamations++;
          } else if (c == '?') {
            out.questions++;
          } else if (c >= 128) {
            out.ascii = false;
          }
          i++;
        }
      }
      int a = s;
      int b = i;
      while (a < b && isPunct(t.charAt(a))) {
        a++;
      }
      while (b > a && isPunct(t.charAt(b - 1))) {
        b--;
      }
      int cs = b - a <= 2 ? s : a;
      int ce = b - a <= 2 ? i : b;
      int chunk = out.addChunk(cs, ce, b < i);
      for (int w = firstWord; w < out.words; w++) {
        if (out.wordStart[w] == cs && out.wordEnd[w] == ce) {
          out.chunkWord[chunk] = w;
          break;
        }
      }
      int same = out.chunkWord[chunk];
      if (same >= 0) { // the token is a word: its key is the word's
        out.chunkKeyed[chunk] = out.wordKeyed[same];
        out.chunkKey0[chunk] = out.wordKey0[same];
        out.chunkKey1[chunk] = out.wordKey1[same];
        out.chunkHash[chunk] = out.wordHash[same];
      } else {
        out.chunkKeyed[chunk] = FormKey.pack(t, cs, ce, out.chunkKey0, out.chunkKey1, chunk);
        if (out.chunkKeyed[chunk]) {
          out.chunkHash[chunk] = FormKey.hash(out.chunkKey0[chunk], out.chunkKey1[chunk], ce - cs);
        }
      }
    }
    return out;
  }

  /**
   * Scans the word starting at {@code start} ({@link Words}' rules: letters, digits and marks joined across
   * one apostrophe, hyphen or period, or a comma between digits; URLs and e-mail addresses whole) and
   * describes it (case, letters, key, script) in the same pass; returns its end.
   */
  private static int word(String t, int start, int n, SentenceTokens out) {
    if (Words.startsUrl(t, start, n)) {
      int e = Words.scanWord(t, start, n);
      int w = out.addWord(start, e);
      describe(t, start, e, out, w);
      return e;
    }
    int upper = 0;
    boolean lower = false;
    boolean letter = false;
    boolean joiner = false;
    boolean firstUpper = false;
    boolean keyed = true;
    long k0 = 0;
    long k1 = 0;
    int latin = 0;
    int j = start;
    while (j < n) {
      char c = t.charAt(j);
      int pos = j - start;
      if (c >= 'a' && c <= 'z') { // the common case, before the general checks
        lower = true;
        letter = true;
        latin++;
      } else {
        if (!isWordChar(c) && !Words.joins(t, j, start, n)) {
          if (Words.emailAt(t, j, start, n)) {
            int e = Words.scanWord(t, start, n); // an e-mail address
            out.latinLetters += latin;
            int w = out.addWord(start, e);
            describe(t, start, e, out, w);
            return e;
          }
          break;
        }
        if (c >= 128) {
          keyed = false;
          int cls = nonAscii(c, out);
          if ((cls & UPPER) != 0) {
            upper++;
            firstUpper |= pos == 0;
          }
          lower |= (cls & LOWER) != 0;
          letter |= (cls & LETTER) != 0;
          joiner |= c == '\u2019' || c == '\u2010';
          j++;
          continue;
        }
        if (c >= 'A' && c <= 'Z') {
          upper++;
          letter = true;
          firstUpper |= pos == 0;
          latin++;
          c |= 0x20;
        } else if (c == '-' || c == '\'') {
          joiner = true;
        }
      }
      // an ASCII character, in lower case, goes into the key
      if (pos < 8) {
        k0 |= FormKey.place(c, pos);
      } else if (pos < FormKey.MAX_CHARS) {
        k1 |= FormKey.place(c, pos);
      }
      j++;
    }
    out.latinLetters += latin;
    int w = out.addWord(start, j);
    out.wordHasLetter[w] = letter;
    out.wordAllCaps[w] = upper > 0 && !lower;
    out.wordCase[w] = upper == 0 ? SentenceTokens.LOWER
        : upper == 1 && firstUpper && lower && !joiner ? SentenceTokens.CAPITALISED : SentenceTokens.OTHER;
    out.wordKeyed[w] = keyed && j - start <= FormKey.MAX_CHARS;
    out.wordKey0[w] = k0;
    out.wordKey1[w] = k1;
    out.wordHash[w] = FormKey.hash(k0, k1, j - start);
    return j;
  }

  /** Case, letters and key of word {@code w} at {@code t[s, e)} (a URL or e-mail address). */
  private static void describe(String t, int s, int e, SentenceTokens out, int w) {
    int upper = 0;
    boolean lower = false;
    boolean letter = false;
    boolean firstUpper = false;
    for (int k = s; k < e; k++) {
      char c = t.charAt(k);
      if (c < 128) {
        if (c >= 'A' && c <= 'Z') {
          upper++;
          letter = true;
          firstUpper |= k == s;
          out.latinLetters++;
        } else if (c >= 'a' && c <= 'z') {
          lower = true;
          letter = true;
          out.latinLetters++;
        }
      } else {
        int cls = nonAscii(c, out);
        if ((cls & UPPER) != 0) {
          upper++;
          firstUpper |= k == s;
        }
        lower |= (cls & LOWER) != 0;
        letter |= (cls & LETTER) != 0;
      }
    }
    out.wordHasLetter[w] = letter;
    out.wordAllCaps[w] = upper > 0 && !lower;
    out.wordCase[w] = upper == 0 ? SentenceTokens.LOWER : SentenceTokens.OTHER; // URLs: never capitalised words
    out.wordKeyed[w] = FormKey.pack(t, s, e, out.wordKey0, out.wordKey1, w);
    out.wordHash[w] = FormKey.hash(out.wordKey0[w], out.wordKey1[w], e - s);
  }

  private static final int UPPER = 1;
  private static final int LOWER = 2;
  private static final int LETTER = 4;

  /**
   * Case and letterhood of a non-ASCII character of a word ({@link #UPPER}, {@link #LOWER}, {@link #LETTER}),
   * counting it into the sentence's script tallies and marking the sentence not ASCII.
   */
  private static int nonAscii(char c, SentenceTokens out) {
    out.ascii = false;
    int cls = Character.isUpperCase(c) ? UPPER : Character.isLowerCase(c) ? LOWER : 0;
    if (Character.isLetter(c)) {
      cls |= LETTER;
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
        out.latinLetters++;
      } else {
        out.otherLetters++;
      }
    }
    return cls;
  }
}
