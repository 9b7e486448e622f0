package org.lede.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Syllable counts from the CMU Pronouncing Dictionary (cmudict-en-us.dict from sphinx4-data, BSD-style
 * licence, see NOTICE): the number of vowel phones of each word's first pronunciation. Loaded once per JVM
 * into a compact open-addressing table over one byte array of ASCII keys (about 3 MB for 125,000 words)
 * rather than a map of String objects.
 */
public final class CmuDict {
  public static final String RESOURCE = "/edu/cmu/sphinx/models/en-us/cmudict-en-us.dict";
  private static volatile CmuDict instance;

  private final byte[] keys;
  private final int[] offsets; // entry i spans keys[offsets[i], offsets[i + 1])
  private final byte[] syllables;
  private final int[] table; // entry index + 1, 0 = empty
  private final int mask;
  private final int size;

  private CmuDict(byte[] keys, int[] offsets, byte[] syllables, int size) {
    this.keys = keys;
    this.offsets = offsets;
    this.syllables = syllables;
    this.size = size;
    int cap = Integer.highestOneBit(Math.max(16, size * 2 - 1)) << 1;
    this.table = new int[cap];
    this.mask = cap - 1;
    for (int i = 0; i < size; i++) {
      int h = hash(keys, offsets[i], offsets[i + 1]) & mask;
      while (table[h] != 0) {
        h = (h + 1) & mask;
      }
      table[h] = i + 1;
    }
  }

  /** The dictionary, loaded on first use. */
  public static CmuDict get() {
    CmuDict d = instance;
    if (d == null) {
      synchronized (CmuDict.class) {
        d = instance;
        if (d == null) {
          d = load();
          instance = d;
        }
      }
    }
    return d;
  }

  public int size() {
    return size;
  }

  /** Bytes held by the structure. */
  public long heapBytes() {
    return keys.length + 4L * offsets.length + syllables.length + 4L * table.length;
  }

  /** Syllables of a lower-case word, or -1 when the dictionary does not have it. */
  public int syllables(CharSequence lowerWord) {
    int n = lowerWord.length();
    int h = 0;
    for (int i = 0; i < n; i++) {
      char c = lowerWord.charAt(i);
      if (c >= 128) {
        return -1;
      }
      h = 31 * h + c;
    }
    h = mix(h) & mask;
    while (true) {
      int e = table[h];
      if (e == 0) {
        return -1;
      }
      int s = offsets[e - 1];
      int end = offsets[e];
      if (end - s == n) {
        boolean same = true;
        for (int i = 0; i < n; i++) {
          if (keys[s + i] != lowerWord.charAt(i)) {
            same = false;
            break;
          }
        }
        if (same) {
          return syllables[e - 1];
        }
      }
      h = (h + 1) & mask;
    }
  }

  /** Every word with its count, for measuring the rule-based fallback against the dictionary. */
  public void forEach(java.util.function.ObjIntConsumer<String> consumer) {
    for (int i = 0; i < size; i++) {
      consumer.accept(new String(keys, offsets[i], offsets[i + 1] - offsets[i], StandardCharsets.US_ASCII),
          syllables[i]);
    }
  }

  private static int hash(byte[] b, int s, int e) {
    int h = 0;
    for (int i = s; i < e; i++) {
      h = 31 * h + b[i];
    }
    return mix(h);
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    return h;
  }

  static boolean isVowelPhone(String p) {
    if (p.length() < 2) {
      return false;
    }
    switch (p.substring(0, 2)) {
      case "AA": case "AE": case "AH": case "AO": case "AW": case "AY": case "EH": case "ER": case "EY":
      case "IH": case "IY": case "OW": case "OY": case "UH": case "UW":
        return true;
      default:
        return false;
    }
  }

  private static CmuDict load() {
    InputStream in = CmuDict.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the CMU dictionary " + RESOURCE + " is not on the classpath");
    }
    byte[] keys = new byte[1 << 20];
    int[] offsets = new int[140_000];
    byte[] syl = new byte[140_000];
    int n = 0;
    int used = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII), 1 << 16)) {
      for (String line; (line = r.readLine()) != null; ) {
        int sp = line.indexOf(' ');
        if (sp <= 0 || line.charAt(sp - 1) == ')') {
          continue; // alternative pronunciations "word(2)"
        }
        int count = 0;
        for (String phone : line.substring(sp + 1).split(" ")) {
          if (isVowelPhone(phone)) {
            count++;
          }
        }
        if (n + 2 > offsets.length) {
          offsets = Arrays.copyOf(offsets, offsets.length * 2);
          syl = Arrays.copyOf(syl, syl.length * 2);
        }
        if (used + sp > keys.length) {
          keys = Arrays.copyOf(keys, keys.length * 2);
        }
        offsets[n] = used;
        for (int i = 0; i < sp; i++) {
          keys[used++] = (byte) Character.toLowerCase(line.charAt(i));
        }
        syl[n] = (byte) count;
        n++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    offsets[n] = used;
    return new CmuDict(Arrays.copyOf(keys, used), Arrays.copyOf(offsets, n + 1), Arrays.copyOf(syl, n), n);
  }
}
