package org.lede.stories;

/**
 * Who is compared with whom in an LSH bucket (the articles sharing one band key): each member with the
 * bucket's representative only, never all pairs of the bucket, so a bucket of 10,000 copies makes 9,999
 * comparisons, not 50 million. The representative is the member with the smallest hash of band and node, a
 * different one in each band, so that a copy missed through one representative is met through another. Nodes
 * are article numbers: the run's own are non-negative, an earlier night's negative; two earlier articles are
 * never compared (they were on their night).
 */
public final class Buckets {
  private Buckets() {}

  /** The position of the bucket's representative among its {@code nodes}. */
  public static int representative(long band, long[] nodes) {
    int rep = 0;
    long best = rank(band, nodes[0]);
    for (int i = 1; i < nodes.length; i++) {
      long r = rank(band, nodes[i]);
      if (r < best || (r == best && nodes[i] < nodes[rep])) {
        best = r;
        rep = i;
      }
    }
    return rep;
  }

  /** Whether the member at {@code i} is compared with the representative at {@code rep}. */
  public static boolean compared(long[] nodes, int rep, int i) {
    return i != rep && nodes[i] != nodes[rep] && (nodes[i] >= 0 || nodes[rep] >= 0);
  }

  private static long rank(long band, long node) {
    return Fingerprint.mix(band * 0x9E3779B97F4A7C15L + node);
  }
}
