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

  /** The band keys of a sample (in any order, repeats allowed), or none when it is empty. */
  public static long[] bands(int[] sample) {
    if (sample.length == 0) {
      return new long[0];
    }
    long[] min = new long[BINS];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    for (int v : sample) {
      long h = Fingerprint.mix((v & 0xffffffffL) * 0x9E3779B97F4A7C15L);
      int bin = (int) (((h >>> 32) * BINS) >>> 32);
      long value = h & 0xffffffffL;
      if (value < min[bin]) {
        min[bin] = value;
      }
    }
    long[] dense = new long[BINS];
    for (int i = 0; i < BINS; i++) {
      int d = 0;
      while (min[(i + d) % BINS] == Long.MAX_VALUE) {
        d++;
      }
      dense[i] = min[(i + d) % BINS] + ((long) d << 32);
    }
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
