package org.lede.analysis;

import java.util.Arrays;
import org.lede.sentiment.TokenFacts;
import org.lede.text.FormKey;
import org.lede.text.SentenceTokens;

/**
 * An open-addressing table of lower-case word forms by their packed key (up to
 * {@link SentenceTokens#KEY_CHARS} ASCII characters, eight per long), holding what the analyses need of a form
 * in four longs, half a cache line per slot: the key, then its length, VADER flags ({@link TokenFacts}: flags
 * with the rule-word code) and id, then its readability facts ({@link WordFacts#pack}: syllables, letters,
 * complex and unfamiliar words, language evidence, stem id). The valences of the few rated forms sit in arrays
 * by id. A word of text costs one probe and no allocation. Grows to keep its load under a half; not
 * thread-safe while it grows.
 */
final class FormIndex {
  /** Longs per slot: key0, key1, meta (len << 56 | VADER flags << 32 | id + 1), facts. */
  private static final int STRIDE = 4;
  /** A flag above the VADER flags in the meta long: the form has a lexicon valence. */
  private static final long RATED = 1L << 55;
  private double[] plain = new double[64];
  private double[] news = new double[64];
  private long[] slots;
  /**
   * One byte per slot, 0 when empty, else seven bits of the key's hash: a look-up walks these (a table an
   * eighth of the size, which stays in the processor's cache) and reads a slot only when its byte matches, so
   * a form the table lacks usually costs no cache miss.
   */
  private byte[] control;
  private int mask;
  private int size;

  FormIndex(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    slots = new long[cap * STRIDE];
    control = new byte[cap];
    mask = cap - 1;
  }

  int size() {
    return size;
  }

  /** The control byte of a hash: seven high bits, never 0. */
  private static byte tag(long h) {
    return (byte) ((h >>> 57) | 0x80);
  }

  /**
   * Touches the slot of a key by its hash ({@link SentenceTokens#keyHash}) when its control byte matches, so
   * that its cache line is on its way: a sentence's words are touched first, all of them, so that their cache
   * misses overlap instead of following one another. Returns a value to keep the load.
   */
  long touch(long h) {
    int slot = (int) h & mask;
    return control[slot] == tag(h) ? slots[slot * STRIDE + 2] : 0;
  }

  /** The slot of a key of hash {@code h}: where it is, or the empty slot where it would go. */
  private int probe(long k0, long k1, int len, long h) {
    byte tag = tag(h);
    int slot = (int) h & mask;
    while (true) {
      byte c = control[slot];
      if (c == 0) {
        return slot;
      }
      if (c == tag) {
        int base = slot * STRIDE;
        if (slots[base] == k0 && slots[base + 1] == k1 && (int) (slots[base + 2] >>> 56) == len) {
          return slot;
        }
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The slot of a form by its packed key, or -1 when the table lacks it. */
  int find(long k0, long k1, int len) {
    return find(k0, k1, len, FormKey.hash(k0, k1, len));
  }

  /** {@link #find(long, long, int)} with the key's hash ({@link SentenceTokens#keyHash}) known. */
  int find(long k0, long k1, int len, long h) {
    int slot = probe(k0, k1, len, h);
    return control[slot] == 0 ? -1 : slot;
  }

  /** Adds a form that {@link #find} lacks; returns its slot. */
  int add(long k0, long k1, int len, long facts, TokenFacts t) {
    if (2 * (size + 1) > mask + 1) {
      grow();
    }
    long h = FormKey.hash(k0, k1, len);
    int slot = probe(k0, k1, len, h);
    control[slot] = tag(h);
    int base = slot * STRIDE;
    boolean rated = !Double.isNaN(t.plainValence) || !Double.isNaN(t.newsValence);
    slots[base] = k0;
    slots[base + 1] = k1;
    slots[base + 2] = (long) len << 56 | (rated ? RATED : 0) | (long) (t.flags & 0x7FFFFF) << 32 | (size + 1);
    slots[base + 3] = facts;
    if (size == plain.length) {
      plain = Arrays.copyOf(plain, size * 2);
      news = Arrays.copyOf(news, size * 2);
    }
    plain[size] = t.plainValence;
    news[size] = t.newsValence;
    size++;
    return base / STRIDE;
  }

  private void grow() {
    long[] old = slots;
    byte[] oldControl = control;
    slots = new long[old.length * 2];
    control = new byte[oldControl.length * 2];
    mask = control.length - 1;
    for (int s = 0; s < oldControl.length; s++) {
      if (oldControl[s] != 0) {
        int base = s * STRIDE;
        long k0 = old[base];
        long k1 = old[base + 1];
        int len = (int) (old[base + 2] >>> 56);
        int to = probe(k0, k1, len, FormKey.hash(k0, k1, len));
        control[to] = oldControl[s];
        System.arraycopy(old, base, slots, to * STRIDE, STRIDE);
      }
    }
  }

  void clear() {
    Arrays.fill(slots, 0L);
    Arrays.fill(control, (byte) 0);
    size = 0;
  }

  /** The id of the form in a slot (0, 1, 2, ... in order of addition). */
  int id(int slot) {
    return (int) slots[slot * STRIDE + 2] - 1;
  }

  /** True when the form in a slot has a lexicon valence (plain or news). */
  boolean rated(int slot) {
    return (slots[slot * STRIDE + 2] & RATED) != 0;
  }

  /** The readability facts of the form in a slot ({@link WordFacts#pack}). */
  long facts(int slot) {
    return slots[slot * STRIDE + 3];
  }

  /** The VADER flags and rule-word code of the form in a slot ({@link TokenFacts#flags}). */
  int sentimentFlags(int slot) {
    return (int) (slots[slot * STRIDE + 2] >>> 32) & 0x7FFFFF;
  }

  double plainValence(int slot) {
    return rated(slot) ? plain[id(slot)] : Double.NaN;
  }

  double newsValence(int slot) {
    return rated(slot) ? news[id(slot)] : Double.NaN;
  }
}
