package org.lede.stories;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The candidate pairs of a run: made bucket by bucket ({@link #ofBucket}), then gathered into one table
 * without repeats (two copies share up to twenty bands, and are compared once) that tells, for any node, which
 * pairs it is in. Nodes are article numbers: the run's own are
 * non-negative, an earlier night's negative. A plain class with non-final fields, so that Spark can broadcast
 * it with either serializer.
 */
public final class CandidatePairs implements Serializable {
  private static final long serialVersionUID = 1L;

  private long[] first;
  private long[] second;
  private long[] nodes;
  private int[] offsets;
  private int[] pairsOfNode;

  /** For serializers. */
  CandidatePairs() {}

  /**
   * The pairs one LSH bucket makes ({@link Buckets}: each member with the representative), as
   * {@code [a0, b0, a1, b1, ...]} with {@code a < b} in each pair.
   */
  public static long[] ofBucket(long band, long[] members) {
    if (members.length < 2) {
      return new long[0];
    }
    int rep = Buckets.representative(band, members);
    long[] out = new long[2 * (members.length - 1)];
    int n = 0;
    for (int i = 0; i < members.length; i++) {
      if (Buckets.compared(members, rep, i)) {
        out[n++] = Math.min(members[i], members[rep]);
        out[n++] = Math.max(members[i], members[rep]);
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /**
   * The table of the pairs that the buckets of {@code members} make, each member given as {@code [band, node]}
   * (a node at most once per band).
   */
  public static CandidatePairs ofMembers(List<long[]> members) {
    long[][] sorted = members.toArray(new long[0][]);
    Arrays.sort(sorted, (x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
    long[] flat = new long[0];
    int n = 0;
    for (int start = 0; start < sorted.length; ) {
      int end = start + 1;
      while (end < sorted.length && sorted[end][0] == sorted[start][0]) {
        end++;
      }
      if (end - start > 1) {
        long[] nodes = new long[end - start];
        for (int k = start; k < end; k++) {
          nodes[k - start] = sorted[k][1];
        }
        long[] pairs = ofBucket(sorted[start][0], nodes);
        if (n + pairs.length > flat.length) {
          flat = Arrays.copyOf(flat, Math.max(2 * flat.length, n + pairs.length));
        }
        System.arraycopy(pairs, 0, flat, n, pairs.length);
        n += pairs.length;
      }
      start = end;
    }
    return of(Arrays.copyOf(flat, n));
  }

  /** The table of the pairs given as {@code [a0, b0, a1, b1, ...]} (from any number of buckets), repeats dropped. */
  public static CandidatePairs of(long[] flatPairs) {
    int n = flatPairs.length / 2;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> {
      int c = Long.compare(flatPairs[2 * x], flatPairs[2 * y]);
      return c != 0 ? c : Long.compare(flatPairs[2 * x + 1], flatPairs[2 * y + 1]);
    });
    CandidatePairs t = new CandidatePairs();
    t.first = new long[n];
    t.second = new long[n];
    int m = 0;
    for (int k = 0; k < n; k++) {
      long a = flatPairs[2 * order[k]];
      long b = flatPairs[2 * order[k] + 1];
      if (m > 0 && t.first[m - 1] == a && t.second[m - 1] == b) {
        continue;
      }
      t.first[m] = a;
      t.second[m] = b;
      m++;
    }
    t.first = Arrays.copyOf(t.first, m);
    t.second = Arrays.copyOf(t.second, m);
    long[] all = new long[2 * m];
    System.arraycopy(t.first, 0, all, 0, m);
    System.arraycopy(t.second, 0, all, m, m);
    Arrays.sort(all);
    int distinct = 0;
    for (int k = 0; k < all.length; k++) {
      if (k == 0 || all[k] != all[k - 1]) {
        all[distinct++] = all[k];
      }
    }
    t.nodes = Arrays.copyOf(all, distinct);
    int[] count = new int[distinct + 1];
    for (int p = 0; p < m; p++) {
      count[Arrays.binarySearch(t.nodes, t.first[p]) + 1]++;
      count[Arrays.binarySearch(t.nodes, t.second[p]) + 1]++;
    }
    for (int k = 0; k < distinct; k++) {
      count[k + 1] += count[k];
    }
    t.offsets = count.clone();
    t.pairsOfNode = new int[2 * m];
    int[] fill = Arrays.copyOf(count, distinct);
    for (int p = 0; p < m; p++) {
      t.pairsOfNode[fill[Arrays.binarySearch(t.nodes, t.first[p])]++] = p;
      t.pairsOfNode[fill[Arrays.binarySearch(t.nodes, t.second[p])]++] = p;
    }
    return t;
  }

  /** The number of distinct pairs. */
  public int size() {
    return first.length;
  }

  /** The smaller node of pair {@code p}. */
  public long first(int p) {
    return first[p];
  }

  /** The larger node of pair {@code p}. */
  public long second(int p) {
    return second[p];
  }

  /** The pairs {@code node} is in (none for a node in no pair). */
  public int[] pairsOf(long node) {
    int k = Arrays.binarySearch(nodes, node);
    return k < 0 ? new int[0] : Arrays.copyOfRange(pairsOfNode, offsets[k], offsets[k + 1]);
  }
}
