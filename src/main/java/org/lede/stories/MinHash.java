package org.lede.stories;

/**
 * MinHash signatures cut into LSH bands, by one-permutation hashing: each sample value is hashed once and
 * falls into one of {@value #BANDS} x {@value #ROWS} bins, each bin keeps its smallest hash, and an empty bin
 * (a short text) takes the next non-empty one's, offset by the distance (densification by rotation), so that
 * two samples agree on a bin with probability about their Jaccard similarity J, as with 40 independent hash
 * functions, at a fortieth of the cost. {@value #BANDS} bands of {@value #ROWS} bins each: two articles share
 * at least one band with probability about 1 - (1 - J^2)^20, which is 0.997 at J = 0.5, 0.93 at J = 0.35 and
 * 0.18 at J = 0.1; every shared band only makes a candidate, which {@link CopyTest} then verifies on the samples
 * themselves.
 */
public final class MinHash {
  private MinHash() {}

  public static final int BANDS = 20;
  public static final int ROWS = 2;
  private static final int BINS = BANDS * ROWS;
  /** The prefix sketches' lengths, in sampled shingles (about 20 to 320 words of text). */
  static final int[] PREFIX_LEVELS = {8, 16, 32, 64, 128};
  /** Bins of each prefix sketch ... */
  private static final int PREFIX_BINS = 4;
  /** ... in bands of two: one-bin bands of unrelated texts that share common phrases meet too often. */
  public static final int PREFIX_BANDS = 2;
  /** Band keys an article has at most: its whole text's, and those of its prefixes. */
  public static final int KEYS = BANDS + PREFIX_LEVELS.length * PREFIX_BANDS;

  /**
   * The band keys of a sample in text order ({@link #bands}), and those of its prefixes of
   * {@link #PREFIX_LEVELS} sampled shingles that it has. Banding estimates resemblance, which misses a copy
   * cut for space: a third of a story resembles the whole only a third. But a cut keeps the story's opening,
   * so its prefixes are the original's: the two meet in a prefix band whatever the cut's length (two bands of
   * two bins each, so that a light edit of the opening still leaves one alike), and {@link CopyTest} then
   * decides on containment. Each level's keys are salted apart from the others'.
   */
  public static long[] withPrefixes(int[] sample) {
    long[] hashes = hashes(sample); // each value hashed once, for the whole text and every prefix
    long[] whole = bands(hashes);
    int levels = 0;
    while (levels < PREFIX_LEVELS.length && sample.length >= PREFIX_LEVELS[levels]) {
      levels++;
    }
    long[] out = java.util.Arrays.copyOf(whole, whole.length + levels * PREFIX_BANDS);
    int rows = PREFIX_BINS / PREFIX_BANDS;
    for (int l = 0; l < levels; l++) {
      long[] dense = dense(hashes, PREFIX_LEVELS[l], PREFIX_BINS);
      for (int b = 0; b < PREFIX_BANDS; b++) {
        long h = 0x5EED0000L + 16L * PREFIX_LEVELS[l] + b;
        for (int i = 0; i < rows; i++) {
          h = Fingerprint.mix(h * 0x100000001b3L + dense[b * rows + i]);
        }
        out[BANDS + l * PREFIX_BANDS + b] = h;
      }
    }
    return out;
  }

  /** Each sample value's hash, in order: its bin is the high half, its value the low half. */
  private static long[] hashes(int[] sample) {
    long[] h = new long[sample.length];
    for (int i = 0; i < sample.length; i++) {
      h[i] = Fingerprint.mix((sample[i] & 0xffffffffL) * 0x9E3779B97F4A7C15L);
    }
    return h;
  }

  /**
   * One-permutation MinHash of the first {@code n} values into {@code bins} bins, empty bins densified by
   * rotation (each takes the next non-empty one's minimum, offset by the distance).
   */
  private static long[] dense(long[] hashes, int n, int bins) {
    long[] min = new long[bins];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    for (int i = 0; i < n; i++) {
      long h = hashes[i];
      int bin = (int) (((h >>> 32) * bins) >>> 32);
      long value = h & 0xffffffffL;
      if (value < min[bin]) {
        min[bin] = value;
      }
    }
    long[] dense = new long[bins];
    for (int i = 0; i < bins; i++) {
      int d = 0;
      while (min[(i + d) % bins] == Long.MAX_VALUE) {
        d++;
      }
      dense[i] = min[(i + d) % bins] + ((long) d << 32);
    }
    return dense;
  }

  /** The band keys of a sample (in any order, repeats allowed), or none when it is empty. */
  public static long[] bands(int[] sample) {
    return bands(hashes(sample));
  }

  private static long[] bands(long[] hashes) {
    if (hashes.length == 0) {
      return new long[0];
    }
    long[] dense = dense(hashes, hashes.length, BINS);
    long[] bands = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long key = b;
      for (int r = 0; r < ROWS; r++) {
        key = Fingerprint.mix(key * 0x100000001b3L + dense[b * ROWS + r]);
      }
      bands[b] = key;
    }
    return bands;
  }
}
