package org.lede.summary;

import java.util.Arrays;

/** An L2-normalised sparse vector: sorted term ids with weights. */
final class SparseVector {
  /** ln tf for the small counts nearly every term has (the same values as {@link Math#log}). */
  private static final double[] LOG = new double[64];

  static {
    for (int tf = 1; tf < LOG.length; tf++) {
      LOG[tf] = Math.log(tf);
    }
  }

  private final int[] ids;
  private final double[] weights;

  private SparseVector(int[] ids, double[] weights) {
    this.ids = ids;
    this.weights = weights;
  }

  /** Weights (1 + ln tf) * idf, normalised to unit length. */
  static SparseVector tfidf(int[] terms, double[] idf) {
    int[] sorted = terms.clone();
    Arrays.sort(sorted);
    return tfidfSorted(sorted, idf);
  }

  /** {@link #tfidf} of terms already in ascending order. */
  static SparseVector tfidfSorted(int[] sorted, double[] idf) {
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        distinct++;
      }
    }
    return tfidfSorted(sorted, distinct, idf);
  }

  /** {@link #tfidfSorted(int[], double[])} when the number of distinct terms is known. */
  static SparseVector tfidfSorted(int[] sorted, int distinct, double[] idf) {
    int[] ids = new int[distinct];
    double[] w = new double[distinct];
    int k = 0;
    for (int i = 0; i < sorted.length; ) {
      int j = i;
      while (j < sorted.length && sorted[j] == sorted[i]) {
        j++;
      }
      ids[k] = sorted[i];
      int tf = j - i;
      w[k] = (1.0 + (tf < LOG.length ? LOG[tf] : Math.log(tf))) * idf[sorted[i]];
      k++;
      i = j;
    }
    double norm = 0;
    for (int i = 0; i < k; i++) {
      norm += w[i] * w[i];
    }
    norm = Math.sqrt(norm);
    if (norm > 0) {
      for (int i = 0; i < k; i++) {
        w[i] /= norm;
      }
    }
    return new SparseVector(ids, w);
  }

  double dot(SparseVector o) {
    double s = 0;
    int i = 0;
    int j = 0;
    while (i < ids.length && j < o.ids.length) {
      if (ids[i] == o.ids[j]) {
        s += weights[i] * o.weights[j];
        i++;
        j++;
      } else if (ids[i] < o.ids[j]) {
        i++;
      } else {
        j++;
      }
    }
    return s;
  }
}
