package org.lede.stories;

/**
 * MinHash signatures cut into LSH bands. {@value #BANDS} bands of {@value #ROWS} minimums each: two articles
 * whose shingle samples have Jaccard similarity J share at least one band with probability
 * 1 - (1 - J^2)^30, which is 0.9998 at J = 0.5, 0.98 at J = 0.35 and 0.26 at J = 0.1; every shared band only
 * makes a candidate, which {@link CopyTest} then verifies on the samples themselves.
 */
public final class MinHash {
  private MinHash() {}

  public static final int BANDS = 30;
  public static final int ROWS = 2;
  private static final int HASHES = BANDS * ROWS;
  private static final long[] SEEDS = new long[HASHES];

  static {
    long s = 0x2545F4914F6CDD1DL;
    for (int i = 0; i < HASHES; i++) {
      s = Fingerprint.mix(s + 0x9E3779B97F4A7C15L);
      SEEDS[i] = s | 1;
    }
  }

  /** The band keys of a sorted sample, or none when it is empty (an article without a shingle). */
  public static long[] bands(int[] sample) {
    if (sample.length == 0) {
      return new long[0];
    }
    long[] min = new long[HASHES];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    for (int v : sample) {
      long x = v & 0xffffffffL;
      for (int i = 0; i < HASHES; i++) {
        long h = Fingerprint.mix(x * SEEDS[i]) >>> 1;
        if (h < min[i]) {
          min[i] = h;
        }
      }
    }
    long[] bands = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long key = b;
      for (int r = 0; r < ROWS; r++) {
        key = Fingerprint.mix(key * 0x100000001b3L + min[b * ROWS + r]);
      }
      bands[b] = key;
    }
    return bands;
  }
}
