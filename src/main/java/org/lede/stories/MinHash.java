package org.lede.stories;

/**
 * MinHash signatures cut into LSH bands. {@value #BANDS} bands of {@value #ROWS} minimums each: two articles
 * whose shingle samples have Jaccard similarity J share at least one band with probability
 * 1 - (1 - J^2)^20, which is 0.997 at J = 0.5, 0.93 at J = 0.35 and 0.18 at J = 0.1; every shared band only
 * makes a candidate, which {@link CopyTest} then verifies on the samples themselves.
 */
public final class MinHash {
  private MinHash() {}

  public static final int BANDS = 20;
  public static final int ROWS = 2;
  private static final int HASHES = BANDS * ROWS;
  private static final long[] MULTIPLY = new long[HASHES];
  private static final long[] ADD = new long[HASHES];

  static {
    long s = 0x2545F4914F6CDD1DL;
    for (int i = 0; i < HASHES; i++) {
      s = Fingerprint.mix(s + 0x9E3779B97F4A7C15L);
      MULTIPLY[i] = s | 1;
      s = Fingerprint.mix(s + 0x9E3779B97F4A7C15L);
      ADD[i] = s;
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
        long h = (x * MULTIPLY[i] + ADD[i]) >>> 1; // multiply-add-shift hashing: one multiplication each
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
