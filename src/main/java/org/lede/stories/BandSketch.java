package org.lede.stories;

import java.io.Serializable;

/**
 * Which band keys a run has seen, and which it has seen more than once, as two Bloom filters: built part by
 * part ({@link #add}, {@link #merge}) in one pass over the run's articles, so that only the members of buckets
 * with two or more articles (and a few false positives, about {@value #FALSE_POSITIVES} of the rest) are
 * gathered, never every article's twenty band keys. No key seen twice is ever missed. A plain class with
 * non-final fields, so that Spark can ship it with either serializer.
 */
public final class BandSketch implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The false-positive rate the filters are sized for. */
  public static final double FALSE_POSITIVES = 0.01;
  private static final int HASHES = 7;
  private static final int BITS_PER_KEY = 10;

  private long[] seen;
  private long[] repeated;
  private long bits;

  /** For serializers. */
  BandSketch() {}

  /** A sketch sized for about {@code expectedKeys} keys. */
  public BandSketch(long expectedKeys) {
    long words = Math.max(1, Math.min(Integer.MAX_VALUE - 8, (Math.max(1, expectedKeys) * BITS_PER_KEY + 63) / 64));
    seen = new long[(int) words];
    repeated = new long[(int) words];
    bits = words * 64;
  }

  public BandSketch add(long key) {
    if (contains(seen, key)) {
      set(repeated, key);
    } else {
      set(seen, key);
    }
    return this;
  }

  /** This sketch with {@code other}'s keys added (sketches of one size only). */
  public BandSketch merge(BandSketch other) {
    if (other.bits != bits) {
      throw new IllegalArgumentException("sketches of different sizes: " + bits + " and " + other.bits);
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
    long h1 = Fingerprint.mix(key);
    long h2 = Fingerprint.mix(h1 ^ 0x9E3779B97F4A7C15L) | 1;
    for (int i = 0; i < HASHES; i++) {
      long bit = Long.remainderUnsigned(h1 + i * h2, bits);
      if ((words[(int) (bit >>> 6)] & (1L << bit)) == 0) {
        return false;
      }
    }
    return true;
  }

  private void set(long[] words, long key) {
    long h1 = Fingerprint.mix(key);
    long h2 = Fingerprint.mix(h1 ^ 0x9E3779B97F4A7C15L) | 1;
    for (int i = 0; i < HASHES; i++) {
      long bit = Long.remainderUnsigned(h1 + i * h2, bits);
      words[(int) (bit >>> 6)] |= 1L << bit;
    }
  }
}
