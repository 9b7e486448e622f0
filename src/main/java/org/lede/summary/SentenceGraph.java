package org.lede.summary;

import java.util.Arrays;

/**
 * Centrality of an article's sentences: the TextRank similarity (shared stemmed content words divided by
 * {@code ln(words_i) + ln(words_j)}) to the {@link #WINDOW} sentences on each side (fewer in articles so long
 * that the graph would pass {@link #EDGE_BUDGET} edges), ranked by PageRank ({@link #DAMPING}, at most
 * {@link #ITERATIONS} iterations, fewer once the L1 change is below {@link #CONVERGED}). Windowing keeps the
 * graph sparse, so cost grows linearly with length.
 */
final class SentenceGraph {
  private SentenceGraph() {}

  static final int WINDOW = 30;
  static final double DAMPING = 0.85;
  static final int ITERATIONS = 20;
  /** PageRank stops early once the ranks move by less than this in total. */
  static final double CONVERGED = 1e-4;
  /** Edges of the graph at most, about: the window narrows for very long articles (down to 3). */
  static final int EDGE_BUDGET = 2_000_000;

  /** Sentences on each side that a sentence is linked to, for an article of n sentences. */
  static int window(int n) {
    return Math.max(3, Math.min(WINDOW, EDGE_BUDGET / Math.max(1, 2 * n)));
  }

  /**
   * PageRank over the windowed similarity graph, stored sparsely (neighbours with shared words).
   *
   * @param termSets each sentence's distinct term ids, ascending
   * @param df for each term id, the number of sentences that hold it
   */
  static double[] pageRank(int[][] termSets, int[] wordCounts, int[] df) {
    int n = termSets.length;
    int window = window(n);
    // each pair's overlap is counted once, through the terms' postings (the sentences holding each term);
    // the edges (i, j > i) are found in order of i, then of j
    double[] logLength = new double[n];
    for (int i = 0; i < n; i++) {
      logLength[i] = Math.log(wordCounts[i]);
    }
    // the terms' postings in one flat array: term t's sentences, ascending, from first[t] to first[t + 1]
    int terms = df.length;
    int[] first = new int[terms + 1];
    for (int t = 0; t < terms; t++) {
      first[t + 1] = first[t] + df[t];
    }
    int[] postings = new int[first[terms]];
    int[] cursor = Arrays.copyOf(first, terms); // per term: first posting not yet behind the current sentence
    for (int i = 0; i < n; i++) {
      for (int t : termSets[i]) {
        postings[cursor[t]++] = i;
      }
    }
    System.arraycopy(first, 0, cursor, 0, terms);
    int[] shared = new int[n];
    int[] degree = new int[n];
    // sentence i's edges (i, j > i) are to[firstEdge[i]] to to[firstEdge[i + 1] - 1], in order of j; there are
    // at most window of them, and fewer near the end
    int[] firstEdge = new int[n + 1];
    long most = 0;
    for (int i = 0; i < n; i++) {
      most += Math.min(window, n - 1 - i);
    }
    int edges = 0;
    int[] to = new int[(int) Math.min(most, Integer.MAX_VALUE - 8)];
    float[] weight = new float[to.length];
    for (int i = 0; i < n; i++) {
      firstEdge[i] = edges;
      if (wordCounts[i] <= 1) {
        continue;
      }
      int last = Math.min(n - 1, i + window);
      for (int t : termSets[i]) {
        int q = cursor[t];
        int end = first[t + 1];
        while (q < end && postings[q] <= i) {
          q++;
        }
        cursor[t] = q;
        for (; q < end && postings[q] <= last; q++) {
          shared[postings[q]]++;
        }
      }
      for (int j = i + 1; j <= last; j++) {
        if (shared[j] > 0) {
          if (wordCounts[j] > 1) {
            to[edges] = j;
            weight[edges++] = (float) (shared[j] / (logLength[i] + logLength[j]));
            degree[i]++;
            degree[j]++;
          }
          shared[j] = 0;
        }
      }
    }
    // every edge on both ends, each sentence's neighbours in one run of a flat array, in ascending order: an
    // edge (i, j) reaches j's run before any of j's own edges (i < j), and i's runs fill in order of j
    firstEdge[n] = edges;
    int[] start = new int[n + 1];
    for (int i = 0; i < n; i++) {
      start[i + 1] = start[i] + degree[i];
    }
    int[] fill = Arrays.copyOf(start, n);
    int[] neighbour = new int[2 * edges];
    double[] w = new double[2 * edges];
    for (int i = 0; i < n; i++) {
      for (int e = firstEdge[i]; e < firstEdge[i + 1]; e++) {
        int a = fill[i]++;
        neighbour[a] = to[e];
        w[a] = weight[e];
        int b = fill[to[e]]++;
        neighbour[b] = i;
        w[b] = weight[e];
      }
    }
    double[] outSum = new double[n];
    for (int i = 0; i < n; i++) {
      for (int x = start[i]; x < start[i + 1]; x++) {
        outSum[i] += w[x];
      }
    }
    double[] rank = new double[n];
    Arrays.fill(rank, 1.0 / n);
    double[] next = new double[n];
    double[] spread = new double[n]; // rank[j] / outSum[j]: what j passes along each unit of edge weight
    for (int it = 0; it < ITERATIONS; it++) {
      for (int j = 0; j < n; j++) {
        spread[j] = outSum[j] == 0 ? 0 : rank[j] / outSum[j];
      }
      // weights are symmetric, so each sentence gathers from its own neighbours (no scattered writes)
      double change = 0;
      for (int i = 0; i < n; i++) {
        double in = 0;
        for (int x = start[i], end = start[i + 1]; x < end; x++) {
          in += w[x] * spread[neighbour[x]];
        }
        next[i] = (1 - DAMPING) / n + DAMPING * in;
        change += Math.abs(next[i] - rank[i]);
      }
      double[] t = rank;
      rank = next;
      next = t;
      if (change < CONVERGED) {
        break;
      }
    }
    return rank;
  }
}
