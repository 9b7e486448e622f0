package org.lede.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Greedy selection of summary sentences by score minus {@link #REDUNDANCY} times their highest tf-idf cosine
 * with a sentence already picked (MMR); a near-duplicate (cosine at least {@link #DUPLICATE}) is never
 * picked, and an optional cap on words skips sentences that would pass it (the best one is always kept).
 */
final class Selection {
  private Selection() {}

  static final double REDUNDANCY = 0.3;
  static final double DUPLICATE = 0.8;

  /** The picked sentence indexes, in article order. */
  static int[] select(double[] scores, SparseVector[] vec, int[] wordCounts, int target, int maxWords) {
    int n = scores.length;
    boolean[] taken = new boolean[n];
    double[] redundancy = new double[n];
    List<Integer> picked = new ArrayList<>();
    int words = 0;
    while (picked.size() < target) {
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (taken[i] || redundancy[i] >= DUPLICATE || scores[i] == Double.NEGATIVE_INFINITY) {
          continue;
        }
        if (maxWords > 0 && !picked.isEmpty() && words + wordCounts[i] > maxWords) {
          continue;
        }
        double v = scores[i] - REDUNDANCY * redundancy[i];
        if (v > bestValue) {
          bestValue = v;
          best = i;
        }
      }
      if (best < 0) {
        break;
      }
      taken[best] = true;
      picked.add(best);
      words += wordCounts[best];
      for (int i = 0; i < n; i++) {
        if (!taken[i]) {
          redundancy[i] = Math.max(redundancy[i], vec[i].dot(vec[best]));
        }
      }
    }
    int[] out = picked.stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(out);
    return out;
  }
}
