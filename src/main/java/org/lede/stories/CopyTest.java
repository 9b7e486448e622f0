package org.lede.stories;

/**
 * Whether two articles are copies of one story, decided on their shingle samples. The shared shingles
 * must make up at least {@value #MIN_CONTAINMENT} of the shorter text (a copy cut to half, or one with an
 * introduction or footer added, is still mostly the other) and at least {@value #MIN_OF_LONGER} of the longer
 * one (a paragraph quoted in a long article does not make it a copy of the quote), with at least
 * {@value #MIN_SHARED} shingles shared. One word in twenty changed removes about a fifth of the shingles.
 */
public final class CopyTest {
  private CopyTest() {}

  public static final double MIN_CONTAINMENT = 0.5;
  public static final double MIN_OF_LONGER = 0.25;
  public static final int MIN_SHARED = 3;

  /** Whether two samples (in any order, repeats allowed) are of copies of one story. */
  public static boolean isCopy(int[] sampleA, int[] sampleB) {
    return isCopyOfSorted(sorted(sampleA), sorted(sampleB));
  }

  /** A sample's values sorted and without repeats, as {@link #isCopyOfSorted} takes them. */
  public static int[] sorted(int[] sample) {
    return Fingerprint.sortedDistinct(sample.clone());
  }

  /** {@link #isCopy} of two {@link #sorted} samples. */
  public static boolean isCopyOfSorted(int[] a, int[] b) {
    int shared = shared(a, b);
    int shorter = Math.min(a.length, b.length);
    int longer = Math.max(a.length, b.length);
    return shared >= MIN_SHARED && shared >= MIN_CONTAINMENT * shorter && shared >= MIN_OF_LONGER * longer;
  }

  /** The size of the intersection of two sorted, distinct arrays. */
  static int shared(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        n++;
        i++;
        j++;
      }
    }
    return n;
  }
}
