package org.lede.stories;

import java.util.HashMap;
import java.util.Map;

/**
 * Connected components of the verified copy pairs (union-find, path halving, union by size) and the story
 * id of each. Every node has an order key; a component's story is its node with the smallest key, so the
 * choice depends on the members alone, not on the order the pairs arrive in.
 */
public final class StoryGroups {
  private final Map<Long, Long> parent = new HashMap<>();
  private final Map<Long, Integer> size = new HashMap<>();
  private final Map<Long, String> key = new HashMap<>();
  private final Map<Long, String> story = new HashMap<>();

  /**
   * Adds a node: its order key (smaller is earlier) and the story id it gives its component when it is the
   * earliest member.
   */
  public void node(long id, String orderKey, String storyId) {
    if (parent.putIfAbsent(id, id) == null) {
      size.put(id, 1);
      key.put(id, orderKey);
      story.put(id, storyId);
    }
  }

  public void link(long a, long b) {
    long ra = root(a);
    long rb = root(b);
    if (ra == rb) {
      return;
    }
    if (size.get(ra) < size.get(rb)) {
      long t = ra;
      ra = rb;
      rb = t;
    }
    parent.put(rb, ra);
    size.put(ra, size.get(ra) + size.get(rb));
    if (key.get(rb).compareTo(key.get(ra)) < 0) {
      key.put(ra, key.get(rb));
      story.put(ra, story.get(rb));
    }
  }

  private long root(long x) {
    long p = parent.get(x);
    while (p != x) {
      long gp = parent.get(p);
      parent.put(x, gp);
      x = gp;
      p = parent.get(x);
    }
    return x;
  }

  /** The story id of every node added. */
  public Map<Long, String> stories() {
    Map<Long, String> out = new HashMap<>(parent.size() * 2);
    for (Long n : parent.keySet()) {
      out.put(n, story.get(root(n)));
    }
    return out;
  }

  /** The size of the largest component. */
  public int largest() {
    int max = 0;
    for (Long n : parent.keySet()) {
      if (parent.get(n).equals(n)) {
        max = Math.max(max, size.get(n));
      }
    }
    return max;
  }
}
