package org.lede.stories;

import java.io.Serializable;

/**
 * Which band keys a run has seen, and which it has seen more than once, as two Bloom filters: built part by
 * part ({@link #add}, {@link #merge}) in one pass over the run's articles, so that only the members of buckets
 * with two or more articles (and a few false positives, about {@value #FALSE_POSITIVES} of the rest) are
 * gathered, never every article's twenty band keys. No key seen twice is ever missed. The filters are blocked:
 * a key's {@value #HASHES} bits lie in one 64-bit word, so a look-up costs one memory access (the keys are
 * millions, the filters megabytes, and a bit per hash would be a cache miss per hash). A plain class with
 * non-final fields, so that Spark can ship it with either serializer.
 */
public final class BandSketch implements Serializable {
  private static final long serialVersionUID = 2L;
  /** The filters' false-positive rate at their size (measured on a million random keys). */
  public static final double FALSE_POSITIVES = 0.006;
  private static final int HASHES = 6;
  private static final int BITS_PER_KEY = 14;

  private long[] seen;
  private long[] repeated;

  /** For serializers. */
  BandSketch() {}

  /** A sketch sized for about {@code expectedKeys} keys. */
  public BandSketch(long expectedKeys) {
    long words = Math.max(1, Math.min(Integer.MAX_VALUE - 8, (Math.max(1, expectedKeys) * BITS_PER_KEY + 63) / 64));
    seen = new long[(int) words];
    repeated = new long[(int) words];
  }

  public BandSketch add(long key) {
    long h = Fingerprint.mix(key);
    int w = word(h);
    long bits = bits(h);
    if ((seen[w] & bits) == bits) {
      repeated[w] |= bits;
    } else {
      seen[w] |= bits;
    }
    return this;
  }

  /** This sketch with {@code other}'s keys added (sketches of one size only). */
  public BandSketch merge(BandSketch other) {
    if (other.seen.length != seen.length) {
      throw new IllegalArgumentException("sketches of different sizes: " + seen.length * 64L + " and "
          + other.seen.length * 64L + " bits");
    }
    for (int i = 0; i < seen.length; i++) {
      repeated[i] |= other.repeated[i] | (seen[i] & other.seen[i]);
      seen[i] |= other.seen[i];
    }
    return this;
  }

  /** Whether the key may have been added (true for every added key). */
  public boolean mightHaveSeen(long key) {
    return contains(seen, key);
  }

  /** Whether the key may have been added twice or more (true for every key added twice or more). */
  public boolean mightRepeat(long key) {
    return contains(repeated, key);
  }

  private boolean contains(long[] words, long key) {
    long h = Fingerprint.mix(key);
    long bits = bits(h);
    return (words[word(h)] & bits) == bits;
  }

  /** The word of a key's hash: its high 32 bits scaled to the number of words (no division). */
  private int word(long h) {
    return (int) (((h >>> 32) * seen.length) >>> 32);
  }

  /**
   * The bits of a key's hash in its word: {@value #HASHES} positions of six bits each from its low 36 bits (the
   * top four of them also among the word's 32, where they weigh least).
   */
  private static long bits(long h) {
    long bits = 0;
    for (int i = 0; i < HASHES; i++) {
      bits |= 1L << (h >>> (6 * i)); // a shift takes its distance's low six bits
    }
    return bits;
  }
}
