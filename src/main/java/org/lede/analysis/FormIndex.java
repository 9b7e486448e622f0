package org.lede.analysis;

import java.util.Arrays;
import org.lede.sentiment.TokenFacts;
import org.lede.text.SentenceTokens;

/**
 * An open-addressing table of lower-case word forms by their packed key (up to
 * {@link SentenceTokens#KEY_CHARS} ASCII characters, eight per long), holding everything the analyses need of
 * a form in eight longs, one cache line per slot: the key, its length and the form's id, its readability facts
 * ({@link WordFacts#pack}: syllables, letters, complex and unfamiliar words, language evidence, stem id) and its
 * VADER facts ({@link TokenFacts}: flags with the rule-word code, and the two valences). A word of text costs
 * one probe and no allocation. Grows to keep its load under a half; not thread-safe while it grows.
 */
final class FormIndex {
  /** Longs per slot: key0, key1, meta ((len << 32) | (id + 1), 0 = empty), facts, VADER flags, two valences. */
  private static final int STRIDE = 8;
  private long[] slots;
  private int mask;
  private int size;

  FormIndex(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    slots = new long[cap * STRIDE];
    mask = cap - 1;
  }

  int size() {
    return size;
  }

  /** The first slot a key is looked for in. */
  int home(long k0, long k1, int len) {
    long h = k0 * 0x9E3779B97F4A7C15L ^ Long.rotateLeft(k1 * 0xC2B2AE3D27D4EB4FL, 31) ^ len;
    return (int) (h ^ (h >>> 29) ^ (h >>> 41)) & mask;
  }

  /**
   * Touches a slot so that its cache line is on its way: a sentence's words are touched first, all of them,
   * so that their cache misses overlap instead of following one another. Returns a value to keep the load.
   */
  long touch(int slot) {
    return slots[slot * STRIDE + 2];
  }

  /** The slot of a key: where it is, or the empty slot where it would go. */
  private int probe(long k0, long k1, int len) {
    int slot = home(k0, k1, len);
    while (true) {
      int base = slot * STRIDE;
      long meta = slots[base + 2];
      if (meta == 0 || slots[base] == k0 && slots[base + 1] == k1 && (int) (meta >>> 32) == len) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The slot of a form by its packed key, or -1 when the table lacks it. */
  int find(long k0, long k1, int len) {
    int slot = probe(k0, k1, len);
    return slots[slot * STRIDE + 2] == 0 ? -1 : slot;
  }

  /** Adds a form that {@link #find} lacks; returns its slot. */
  int add(long k0, long k1, int len, long facts, TokenFacts t) {
    if (2 * (size + 1) > mask + 1) {
      grow();
    }
    int base = probe(k0, k1, len) * STRIDE;
    slots[base] = k0;
    slots[base + 1] = k1;
    slots[base + 2] = ((long) len << 32) | (size + 1);
    slots[base + 3] = facts;
    slots[base + 4] = t.flags;
    slots[base + 5] = Double.doubleToRawLongBits(t.plainValence);
    slots[base + 6] = Double.doubleToRawLongBits(t.newsValence);
    size++;
    return base / STRIDE;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    mask = slots.length / STRIDE - 1;
    for (int base = 0; base < old.length; base += STRIDE) {
      if (old[base + 2] != 0) {
        int to = probe(old[base], old[base + 1], (int) (old[base + 2] >>> 32)) * STRIDE;
        System.arraycopy(old, base, slots, to, STRIDE);
      }
    }
  }

  void clear() {
    Arrays.fill(slots, 0L);
    size = 0;
  }

  /** The id of the form in a slot (0, 1, 2, ... in order of addition). */
  int id(int slot) {
    return (int) slots[slot * STRIDE + 2] - 1;
  }

  /** The readability facts of the form in a slot ({@link WordFacts#pack}). */
  long facts(int slot) {
    return slots[slot * STRIDE + 3];
  }

  /** The VADER flags and rule-word code of the form in a slot ({@link TokenFacts#flags}). */
  int sentimentFlags(int slot) {
    return (int) slots[slot * STRIDE + 4];
  }

  double plainValence(int slot) {
    return Double.longBitsToDouble(slots[slot * STRIDE + 5]);
  }

  double newsValence(int slot) {
    return Double.longBitsToDouble(slots[slot * STRIDE + 6]);
  }
}
