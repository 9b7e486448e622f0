package org.lede.text;

/**
 * The key a word form is looked up by: its lower-case ASCII characters, at most {@link #MAX_CHARS} of them,
 * packed eight to a long, and the hash of that key. The tokenizer makes it as it reads a word; the vocabulary
 * and the memos that store forms make it from their strings with {@link #of}. One class owns the format, so
 * the two always agree.
 */
public final class FormKey {
  private FormKey() {}

  /** Longest form that has a key: 16 ASCII characters in two longs. */
  public static final int MAX_CHARS = 16;

  /** The hash of the key {@code (k0, k1)} of a form of {@code len} characters. */
  public static long hash(long k0, long k1, int len) {
    long h = k0 * 0x9E3779B97F4A7C15L ^ Long.rotateLeft(k1 * 0xC2B2AE3D27D4EB4FL, 31) ^ len;
    return h ^ (h >>> 29) ^ (h >>> 41);
  }

  /** The key's {@code pos}-th character ({@code c}, lower-case ASCII) placed in its long: or it into it. */
  static long place(char c, int pos) {
    return (long) c << (8 * (pos & 7));
  }

  /**
   * Packs the lower-case ASCII form of {@code t[s, e)} into {@code k0[at]} and {@code k1[at]}; false (nothing
   * written) when the form is longer than {@link #MAX_CHARS} or not ASCII.
   */
  static boolean pack(CharSequence t, int s, int e, long[] k0, long[] k1, int at) {
    if (e - s > MAX_CHARS) {
      return false;
    }
    long a = 0;
    long b = 0;
    for (int k = s; k < e; k++) {
      char c = t.charAt(k);
      if (c >= 128) {
        return false;
      }
      if (c >= 'A' && c <= 'Z') {
        c |= 0x20;
      }
      if (k - s < 8) {
        a |= place(c, k - s);
      } else {
        b |= place(c, k - s);
      }
    }
    k0[at] = a;
    k1[at] = b;
    return true;
  }

  /** The key {@code {k0, k1}} of a lower-case ASCII form, or null when it has none. */
  public static long[] of(String lowerAscii) {
    long[] k0 = new long[1];
    long[] k1 = new long[1];
    return pack(lowerAscii, 0, lowerAscii.length(), k0, k1, 0) ? new long[] {k0[0], k1[0]} : null;
  }
}
