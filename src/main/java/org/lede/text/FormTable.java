package org.lede.text;

import java.util.Arrays;
import java.util.function.Function;

/**
 * A memo from word forms to what was computed for them, looked up by a span of the text itself: a form seen
 * before costs one hash over its characters and one comparison, with no String allocated. News vocabulary is
 * Zipfian, so almost every token is a form seen before.
 *
 * <p>Laid out for the memory cache: the probe table is one {@code long[]} (hash and entry number side by side,
 * one cache line per probe), and entries (key characters, values) are stored in order of first sight, so the
 * frequent forms, seen first, sit together. The table grows to hold {@code maxForms} forms of at most
 * {@link #MAX_FORM_CHARS} characters and is emptied when it would hold more, which bounds its memory. Not
 * thread-safe: one per analysing thread.
 */
public final class FormTable<T> {
  private final int maxForms;
  private final Function<String, T> maker;
  private final Runnable onEmpty;
  private long[] slots; // (hash << 32) | (entry + 1); 0 = empty
  private char[] chars = new char[16 * 1024];
  private int[] starts = new int[1025]; // entry e spans chars[starts[e], starts[e + 1])
  private Object[] values = new Object[1024];
  private int size;

  /**
   * @param maker computes the value of a form on its first sight
   */
  public FormTable(int maxForms, Function<String, T> maker) {
    this(maxForms, maker, () -> { });
  }

  /**
   * @param maker computes the value of a form on its first sight
   * @param onEmpty called when the table is emptied (for memos that values share)
   */
  public FormTable(int maxForms, Function<String, T> maker, Runnable onEmpty) {
    this.maxForms = maxForms;
    this.maker = maker;
    this.onEmpty = onEmpty;
    this.slots = new long[2048];
  }

  public int size() {
    return size;
  }

  /**
   * Longer forms are computed every time and never stored: they are rare and mostly unique (URLs, runs of
   * symbols, giant tokens of hostile input), and storing them would let the table's characters grow without
   * bound while its count of forms stays small.
   */
  public static final int MAX_FORM_CHARS = 64;

  /** The value for the form {@code text[start, end)}, computed on first sight. */
  @SuppressWarnings("unchecked")
  public T get(CharSequence text, int start, int end) {
    if (end - start > MAX_FORM_CHARS) {
      return maker.apply(text.subSequence(start, end).toString());
    }
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text.charAt(i);
    }
    int mask = slots.length - 1;
    int slot = mix(h) & mask;
    for (long s = slots[slot]; s != 0; s = slots[slot]) {
      if ((int) (s >>> 32) == h) {
        int e = (int) s - 1;
        if (matches(e, text, start, end)) {
          return (T) values[e];
        }
      }
      slot = (slot + 1) & mask;
    }
    if (size >= maxForms) {
      Arrays.fill(slots, 0L);
      Arrays.fill(values, 0, size, null);
      size = 0;
      onEmpty.run();
    }
    String form = text.subSequence(start, end).toString();
    T value = maker.apply(form);
    if (2 * (size + 1) > slots.length) {
      grow();
    }
    add(form, h, value);
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

  private boolean matches(int e, CharSequence text, int start, int end) {
    int from = starts[e];
    if (starts[e + 1] - from != end - start) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (chars[from++] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void add(String form, int h, Object value) {
    int e = size;
    if (e == values.length) {
      values = Arrays.copyOf(values, e * 2);
      starts = Arrays.copyOf(starts, e * 2 + 1);
    }
    int from = starts[e];
    if (from + form.length() > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, from + form.length()));
    }
    form.getChars(0, form.length(), chars, from);
    starts[e + 1] = from + form.length();
    values[e] = value;
    size++;
    place(h, e);
  }

  private void place(int h, int e) {
    int mask = slots.length - 1;
    int slot = mix(h) & mask;
    while (slots[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = ((long) h << 32) | ((e + 1) & 0xFFFFFFFFL);
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    for (long s : old) {
      if (s != 0) {
        place((int) (s >>> 32), (int) s - 1);
      }
    }
  }
}
