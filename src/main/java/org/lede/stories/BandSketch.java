package org.lede.stories;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Which band keys a run has seen, and which it has seen more than once, as two Bloom filters, so that only the
 * members of buckets with two or more articles (and a few false positives, about {@value #FALSE_POSITIVES} of
 * the rest) are gathered, never every article's twenty band keys. No key seen twice is ever missed. The filters
 * are blocked: a key's {@value #HASHES} bits lie in one 64-bit word, so a look-up costs one memory access (the
 * keys are millions, the filters megabytes, and a bit per hash would be a cache miss per hash).
 *
 * <p>A sketch is built in parts, each a range of its words ({@link #part}, {@link #partOf}): every key goes to
 * the one part that holds its word, each part is built from its keys alone, and the parts joined
 * ({@link #join}) are the whole sketch. So no machine ever holds more than one part besides the whole, and
 * nothing of the sketch's size is made once per input partition (a sketch grows with the run: about 3.5 bytes
 * per band key, 70 MB for a million articles). A plain class with non-final fields, so that Spark can ship it
 * with either serializer.
 */
public final class BandSketch implements Serializable {
  private static final long serialVersionUID = 3L;
  /** The filters' false-positive rate at their size (measured on a million random keys). */
  public static final double FALSE_POSITIVES = 0.006;
  private static final int HASHES = 6;
  private static final int BITS_PER_KEY = 14;

  /** The whole sketch's words. */
  private int words;
  /** The first of them that this part holds (0 for a whole sketch). */
  private int from;
  private long[] seen;
  private long[] repeated;

  /** For serializers. */
  BandSketch() {}

  /** A whole sketch sized for about {@code expectedKeys} keys, built in one part. */
  public BandSketch(long expectedKeys) {
    this(wordsFor(expectedKeys));
  }

  private BandSketch(int words) {
    this(words, 0, words);
  }

  private BandSketch(int words, int from, int to) {
    this.words = words;
    this.from = from;
    seen = new long[to - from];
    repeated = new long[to - from];
  }

  /** The words of a sketch sized for about {@code expectedKeys} keys. */
  public static int wordsFor(long expectedKeys) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE - 8, (Math.max(1, expectedKeys) * BITS_PER_KEY + 63) / 64));
  }

  /** The part, of {@code parts} of a sketch of {@code words} words, that holds a key's bits. */
  public static int partOf(long key, int words, int parts) {
    return (int) ((long) word(Fingerprint.mix(key), words) * parts / words);
  }

  /**
   * Keys grouped by the part, of {@code parts} of a sketch of {@code words} words, that holds them: the i-th
   * array holds part i's keys, null when it has none.
   */
  public static long[][] byPart(Iterator<long[]> keys, int words, int parts) {
    long[][] out = new long[parts][];
    int[] sizes = new int[parts];
    while (keys.hasNext()) {
      for (long key : keys.next()) {
        int p = partOf(key, words, parts);
        if (out[p] == null) {
          out[p] = new long[16];
        } else if (sizes[p] == out[p].length) {
          out[p] = Arrays.copyOf(out[p], sizes[p] * 2);
        }
        out[p][sizes[p]++] = key;
      }
    }
    for (int p = 0; p < parts; p++) {
      if (out[p] != null) {
        out[p] = Arrays.copyOf(out[p], sizes[p]);
      }
    }
    return out;
  }

  /** The empty {@code part}-th of {@code parts} of a sketch of {@code words} words: keys of {@link #partOf} it only. */
  public static BandSketch part(int words, int parts, int part) {
    if (parts < 1 || parts > words || part < 0 || part >= parts) {
      throw new IllegalArgumentException("part " + part + " of " + parts + " of a sketch of " + words + " words");
    }
    return new BandSketch(words, start(words, parts, part), start(words, parts, part + 1));
  }

  /** The first word of a part: the first word whose part, by {@link #partOf}'s rule, is this one. */
  private static int start(int words, int parts, int part) {
    return (int) (((long) part * words + parts - 1) / parts);
  }

  /** The whole sketch from all of its parts, in any order (each holding its own keys). */
  public static BandSketch join(Collection<BandSketch> parts) {
    List<BandSketch> sorted = new ArrayList<>(parts);
    sorted.sort(Comparator.comparingInt(p -> p.from));
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("no parts");
    }
    BandSketch whole = new BandSketch(sorted.get(0).words);
    int next = 0;
    for (BandSketch p : sorted) {
      if (p.words != whole.words || p.from != next) {
        throw new IllegalArgumentException("parts do not tile a sketch of " + whole.words + " words: one of "
            + p.words + " words starts at " + p.from + ", where " + next + " was expected");
      }
      System.arraycopy(p.seen, 0, whole.seen, p.from, p.seen.length);
      System.arraycopy(p.repeated, 0, whole.repeated, p.from, p.repeated.length);
      next += p.seen.length;
    }
    if (next != whole.words) {
      throw new IllegalArgumentException("parts cover " + next + " of a sketch's " + whole.words + " words");
    }
    return whole;
  }

  /** Adds a key (of this part: a whole sketch takes every key). */
  public BandSketch add(long key) {
    long h = Fingerprint.mix(key);
    int w = word(h, words) - from;
    if (w < 0 || w >= seen.length) {
      throw new IllegalArgumentException("key " + key + " belongs to another part of the sketch");
    }
    long bits = bits(h);
    if ((seen[w] & bits) == bits) {
      repeated[w] |= bits;
    } else {
      seen[w] |= bits;
    }
    return this;
  }

  /** Whether the key may have been added (true for every added key). */
  public boolean mightHaveSeen(long key) {
    return contains(seen, key);
  }

  /** Whether the key may have been added twice or more (true for every key added twice or more). */
  public boolean mightRepeat(long key) {
    return contains(repeated, key);
  }

  /** Whether a whole sketch holds a key's bits in {@code filter}. */
  private boolean contains(long[] filter, long key) {
    long h = Fingerprint.mix(key);
    long bits = bits(h);
    return (filter[word(h, words) - from] & bits) == bits;
  }

  /** The word of a key's hash: its high 32 bits scaled to the number of words (no division). */
  private static int word(long h, int words) {
    return (int) (((h >>> 32) * words) >>> 32);
  }

  /**
   * The bits of a key's hash in its word: {@value #HASHES} positions of six bits each from its low 36 bits (the
   * top four of them also among the word's 32, where they weigh least).
   */
  private static long bits(long h) {
    long bits = 0;
    for (int i = 0; i < HASHES; i++) {
      bits |= 1L << (h >>> (6 * i)); // a shift takes its distance's low six bits
    }
    return bits;
  }
}
