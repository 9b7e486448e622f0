package org.lede.stories;

import java.util.Arrays;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * What the story step knows of an article's text: a sample of its word shingles, grouped by paragraph, and a
 * hash of each paragraph. A shingle is {@value #SHINGLE} consecutive words (lower-cased letters and digits,
 * across paragraph breaks, belonging to the paragraph of its first word); its 64-bit hash decides both whether
 * it is sampled (one in {@value #SAMPLE}, the same shingles for every article, so samples stay comparable) and
 * its 32-bit value. The headline and byline are not part of it: a copy often gets new ones.
 *
 * @param values sampled shingle values, paragraph by paragraph (not sorted)
 * @param paragraphEnds for each paragraph, the end (exclusive) of its values in {@code values}
 * @param paragraphHashes a hash of each paragraph's words, to find paragraphs repeated across many articles
 */
public record Fingerprint(int[] values, int[] paragraphEnds, long[] paragraphHashes) {
  /** Words per shingle; {@link #of} keeps the three before the current word in variables. */
  public static final int SHINGLE = 4;
  public static final int SAMPLE = 2;
  /** Characters hashed into words at a time, however long the paragraph. */
  private static final int CHUNK = 2048;
  static final long FNV_BASIS = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /** For ASCII: the lower-cased letter or digit, or 0 for a character that ends a word. */
  private static final char[] WORD_LOWER = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      WORD_LOWER[c] = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
    }
  }

  /** The lower-cased letter or digit {@code c}, or 0 when {@code c} ends a word. */
  private static char wordChar(char c) {
    if (c < 128) {
      return WORD_LOWER[c];
    }
    return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
  }

  public static Fingerprint of(List<String> paragraphs) {
    int n = paragraphs.size();
    int[] ends = new int[n];
    long[] hashes = new long[n];
    int[] values = new int[64];
    long[] wordHashes = new long[0]; // grown to the longest paragraph's need, at most a chunk's
    long[] carried = {FNV_BASIS, 0}; // each paragraph's last chunk leaves it so again
    int count = 0;
    long w0 = 0; // the last words' hashes, oldest first
    long w1 = 0;
    long w2 = 0;
    long words = 0;
    for (int p = 0; p < n; p++) {
      String text = paragraphs.get(p);
      long paragraphHash = 0x9E3779B97F4A7C15L;
      int len = text.length();
      if (wordHashes.length < Math.min(len, CHUNK) / 2 + 2) {
        wordHashes = new long[Math.min(len, CHUNK) / 2 + 2];
      }
      for (int from = 0; from < len; from += CHUNK) { // a bounded buffer however long the paragraph
        int to = Math.min(len, from + CHUNK);
        int k = wordHashes(text, from, to, to == len, wordHashes, carried);
        if (values.length < count + k) {
          values = Arrays.copyOf(values, Math.max(values.length * 2, count + k));
        }
        for (int j = 0; j < k; j++) {
          long h = wordHashes[j];
          paragraphHash = (paragraphHash + h) * 0x9E3779B97F4A7C15L;
          if (++words >= SHINGLE) {
            long s = mix(((w0 * FNV_PRIME + w1) * FNV_PRIME + w2) * FNV_PRIME + h);
            values[count] = (int) (s >>> 32);
            count += (int) (((s & (SAMPLE - 1)) - 1) >>> 63); // one when sampled: SAMPLE is a power of two
          }
          w0 = w1;
          w1 = w2;
          w2 = h;
        }
      }
      ends[p] = count;
      hashes[p] = mix(paragraphHash);
    }
    return new Fingerprint(Arrays.copyOf(values, count), ends, hashes);
  }

  /**
   * Writes the FNV-1a hash of each word of {@code text} that ends in {@code [from, to)} to {@code out} (room for
   * {@code (to - from) / 2 + 2}) and returns how many. A word still running at {@code to} is carried to the next
   * call in {@code carried} (its hash so far, and 1 while in a word; start with {@link #FNV_BASIS} and 0);
   * with {@code last}, it ends there. Without branches on the text: the hash is stored at every character and
   * the index moves on only where a word ends, so the loop runs as fast on prose as on anything else.
   */
  static int wordHashes(String text, int from, int to, boolean last, long[] out, long[] carried) {
    int k = 0;
    long h = carried[0];
    int inWord = (int) carried[1];
    for (int i = from; i < to; i++) {
      char c = wordChar(text.charAt(i));
      int word = (-c) >>> 31;
      out[k] = h;
      k += inWord & (word ^ 1);
      long keep = -word;
      h = (((h ^ c) * FNV_PRIME) & keep) | (FNV_BASIS & ~keep);
      inWord = word;
    }
    if (last) {
      out[k] = h;
      k += inWord;
      h = FNV_BASIS;
      inWord = 0;
    }
    carried[0] = h;
    carried[1] = inWord;
    return k;
  }

  /**
   * The values that stand for this article's own text, in text order (sorted only where two are compared,
   * {@link CopyTest}: most articles never are). Paragraphs for which {@code repeated}
   * holds (boilerplate that many articles carry: a site's footer, a newsletter plea) are left out, unless
   * what remains is less than {@code minOwnShare} of the values: then the article is mostly text that many
   * carry, a copy of a much-copied story, and all of it counts.
   */
  public int[] own(LongPredicate repeated, double minOwnShare) {
    int[] kept = new int[values.length];
    int k = 0;
    int start = 0;
    for (int p = 0; p < paragraphEnds.length; p++) {
      int end = paragraphEnds[p];
      if (!repeated.test(paragraphHashes[p])) {
        System.arraycopy(values, start, kept, k, end - start);
        k += end - start;
      }
      start = end;
    }
    return k >= minOwnShare * values.length ? Arrays.copyOf(kept, k) : values.clone();
  }

  /**
   * One key for the words of the whole text, paragraph by paragraph: articles with the same key are exact
   * copies (case, punctuation and spacing aside), and share one sample.
   */
  public long textKey() {
    long h = FNV_BASIS;
    for (long p : paragraphHashes) {
      h = mix((h ^ p) * FNV_PRIME);
    }
    return h;
  }

  static int[] sortedDistinct(int[] xs) {
    Arrays.sort(xs);
    int k = 0;
    for (int i = 0; i < xs.length; i++) {
      if (k == 0 || xs[i] != xs[k - 1]) {
        xs[k++] = xs[i];
      }
    }
    return k == xs.length ? xs : Arrays.copyOf(xs, k);
  }

  /** The finaliser of MurmurHash3's 64-bit variant: every input bit reaches every output bit. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb93fe53a86d3L;
    h ^= h >>> 33;
    return h;
  }
}
