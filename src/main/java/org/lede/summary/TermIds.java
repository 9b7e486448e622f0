package org.lede.summary;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The summariser's term ids for one article at a time: dense ids 0, 1, 2, ... in order of first sight, so
 * the same stem has one id in the article whatever memos of word forms do meanwhile. Stems arrive as ids the
 * caller keeps stable within an article (a vocabulary's, a context's) and map through a small open-addressing
 * table sized to the article (it stays in the processor's cache), or as strings. Reused from article to
 * article ({@link #begin}); not thread-safe.
 */
public final class TermIds {
  private final ToIntFunction<String> known;
  /** Open addressing: the stem id + 1 in keys (0 = empty in this article), its article id in values. */
  private int[] keys = new int[256];
  private int[] values = new int[256];
  private int[] stamps = new int[256];
  private int article;
  private final Map<String, Integer> others = new HashMap<>();
  private int size;
  private int stemIds;

  /** @param known the caller's id of a stem, or -1 to keep it by its string */
  public TermIds(ToIntFunction<String> known) {
    this.known = known;
  }

  /** Term ids of stems given as strings only (no vocabulary). */
  public TermIds() {
    this(s -> -1);
  }

  /** Starts a new article: every id is forgotten. */
  public void begin() {
    article++;
    if (article == Integer.MAX_VALUE) {
      Arrays.fill(stamps, 0);
      article = 1;
    }
    others.clear();
    size = 0;
    stemIds = 0;
  }

  /** The article id of a stem id, assigned on first sight. */
  public int of(int stemId) {
    int slot = slot(stemId);
    if (stamps[slot] == article) {
      return values[slot];
    }
    if (2 * (stemIds + 1) > keys.length) {
      grow();
      return of(stemId);
    }
    stamps[slot] = article;
    keys[slot] = stemId;
    values[slot] = size;
    stemIds++;
    return size++;
  }

  /** The article id of a stem id, or -1 when the article does not have it. */
  int find(int stemId) {
    int slot = slot(stemId);
    return stamps[slot] == article ? values[slot] : -1;
  }

  /** The slot holding {@code stemId} in this article, or the empty slot where it would go. */
  private int slot(int stemId) {
    int mask = keys.length - 1;
    int slot = mix(stemId) & mask;
    while (stamps[slot] == article && keys[slot] != stemId) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    int[] oldKeys = keys;
    int[] oldValues = values;
    int[] oldStamps = stamps;
    int n = keys.length * 2;
    keys = new int[n];
    values = new int[n];
    stamps = new int[n];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldStamps[i] == article) {
        int slot = mix(oldKeys[i]) & (n - 1);
        while (stamps[slot] == article) {
          slot = (slot + 1) & (n - 1);
        }
        stamps[slot] = article;
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }

  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** The article id of a stem, assigned on first sight. */
  public int of(String stem) {
    int k = known.applyAsInt(stem);
    if (k >= 0) {
      return of(k);
    }
    Integer id = others.get(stem);
    if (id == null) {
      id = size++;
      others.put(stem, id);
    }
    return id;
  }

  /** The article id of a stem, or -1 when the article does not have it. */
  int find(String stem) {
    int k = known.applyAsInt(stem);
    if (k >= 0) {
      return find(k);
    }
    Integer id = others.get(stem);
    return id == null ? -1 : id;
  }

  /** Number of distinct terms in the article so far. */
  int size() {
    return size;
  }
}
