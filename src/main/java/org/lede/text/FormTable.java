package org.lede.text;

import java.util.Arrays;
import java.util.function.Function;

/**
 * A memo from word forms to what was computed for them, looked up by a span of the text itself: a form seen
 * before costs one hash over its characters and one comparison, with no String allocated. News vocabulary is
 * Zipfian, so almost every token is a form seen before. Open addressing with linear probing; the table grows
 * to hold {@code maxForms} forms and is emptied when it would hold more, which bounds its memory. Not
 * thread-safe: one per analysing thread.
 */
public final class FormTable<T> {
  private final int maxForms;
  private final Function<String, T> maker;
  private String[] keys;
  private int[] hashes;
  private Object[] values;
  private int size;

  /**
   * @param maker computes the value of a form on its first sight
   */
  public FormTable(int maxForms, Function<String, T> maker) {
    this.maxForms = maxForms;
    this.maker = maker;
    allocate(1024);
  }

  private void allocate(int capacity) {
    keys = new String[capacity];
    hashes = new int[capacity];
    values = new Object[capacity];
    size = 0;
  }

  public int size() {
    return size;
  }

  /** The value for the form {@code text[start, end)}, computed on first sight. */
  @SuppressWarnings("unchecked")
  public T get(CharSequence text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text.charAt(i);
    }
    int mask = keys.length - 1;
    int slot = mix(h) & mask;
    for (String k = keys[slot]; k != null; k = keys[slot]) {
      if (hashes[slot] == h && matches(k, text, start, end)) {
        return (T) values[slot];
      }
      slot = (slot + 1) & mask;
    }
    String form = text.subSequence(start, end).toString();
    T value = maker.apply(form);
    if (size >= maxForms) {
      Arrays.fill(keys, null);
      Arrays.fill(values, null);
      size = 0;
    } else if (2 * (size + 1) > keys.length) {
      grow();
    }
    put(form, h, value);
    return value;
  }

  /** Spreads String-style hashes (whose low bits cluster for similar words) over the table: murmur3's fmix. */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  private static boolean matches(String key, CharSequence text, int start, int end) {
    if (key.length() != end - start) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != text.charAt(start + i)) {
        return false;
      }
    }
    return true;
  }

  private void put(String key, int h, Object value) {
    int mask = keys.length - 1;
    int slot = mix(h) & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    hashes[slot] = h;
    values[slot] = value;
    size++;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    Object[] oldValues = values;
    allocate(oldKeys.length * 2);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        put(oldKeys[i], oldHashes[i], oldValues[i]);
      }
    }
  }
}
