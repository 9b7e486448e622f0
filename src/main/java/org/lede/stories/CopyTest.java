package org.lede.stories;

/**
 * Whether two articles are copies of one story, decided on their shingle samples. The shared shingles
 * must make up at least {@value #MIN_CONTAINMENT} of the shorter text (at least {@value #SHORT_CONTAINMENT}
 * when fewer than {@value #LONG_SHARED} are shared) (a copy cut to half, or one with an
 * introduction or footer added, is still mostly the other) and at least {@value #MIN_OF_LONGER} of the longer
 * one (a paragraph quoted in a long article does not make it a copy of the quote), with at least
 * {@value #MIN_SHARED} shingles shared; or the shorter is nearly all in the longer (at least
 * {@value #CUT_CONTAINMENT}, and {@value #CUT_MIN_SHARED} shingles): a cut, however short, of the longer. An
 * article that quotes a statement or opens with a press release's sentence has text of its own besides, and
 * stays apart. One word in twenty changed removes about a fifth of the shingles.
 */
public final class CopyTest {
  private CopyTest() {}

  public static final double MIN_CONTAINMENT = 0.5;
  public static final double MIN_OF_LONGER = 0.25;
  public static final int MIN_SHARED = 3;
  /**
   * Below {@value #LONG_SHARED} shared shingles (about 80 words), the shared part must be this much of the
   * shorter text: two briefs made of one press release's two sentences and a sentence each of their own are
   * two stories.
   */
  public static final double SHORT_CONTAINMENT = 0.7;
  public static final int LONG_SHARED = 16;
  /** A text this much contained in another is a cut of it, however much longer the other is. */
  public static final double CUT_CONTAINMENT = 0.9;
  /** ... with at least this many shingles shared (about forty words), so that a stock phrase is no story. */
  public static final int CUT_MIN_SHARED = 8;

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
    boolean mostOfShorter = shared >= SHORT_CONTAINMENT * shorter
        || shared >= MIN_CONTAINMENT * shorter && shared >= LONG_SHARED;
    return shared >= MIN_SHARED && mostOfShorter && shared >= MIN_OF_LONGER * longer
        || shared >= CUT_MIN_SHARED && shared >= CUT_CONTAINMENT * shorter;
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
