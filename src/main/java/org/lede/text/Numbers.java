package org.lede.text;

/** Syllables of numbers read aloud in English. */
final class Numbers {
  private Numbers() {}

  private static final int[] UNITS = {0, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 3, 1, 2, 2, 2, 2, 3, 2, 2};
  private static final int[] TENS = {0, 0, 2, 2, 2, 2, 2, 3, 2, 2};

  /**
   * A token starting with a digit: integers with optional thousands commas, decimals ("point" plus one
   * syllable per digit), years 1100-1999 and 2010-2099 read as two pairs ("nineteen ninety"), ordinal or unit
   * suffixes ("1st", "10km") counted as the number plus the suffix read as a word.
   */
  static int syllables(String token) {
    int i = 0;
    int n = token.length();
    StringBuilder digits = new StringBuilder();
    while (i < n && (Character.isDigit(token.charAt(i)) || token.charAt(i) == ',')) {
      if (token.charAt(i) != ',') {
        digits.append(token.charAt(i));
      }
      i++;
    }
    int total;
    if (digits.length() > 12) {
      total = digits.length();
    } else {
      long value = digits.length() == 0 ? 0 : Long.parseLong(digits.toString());
      total = (digits.length() == 4 && value >= 1100 && value <= 2099 && !(value >= 2000 && value <= 2009)
          && token.indexOf(',') < 0)
          ? year(value) : integer(value);
    }
    if (i < n && token.charAt(i) == '.' && i + 1 < n && Character.isDigit(token.charAt(i + 1))) {
      total += 1; // point
      i++;
      while (i < n && Character.isDigit(token.charAt(i))) {
        total += digit(token.charAt(i) - '0');
        i++;
      }
    }
    if (i < n) {
      String rest = token.substring(i).replaceAll("[^A-Za-z]", "");
      if (!rest.isEmpty()) {
        String r = rest.toLowerCase(java.util.Locale.ROOT);
        if (!(r.equals("st") || r.equals("nd") || r.equals("rd") || r.equals("th") || r.equals("s"))) {
          total += Syllables.count(rest);
        }
      }
    }
    return Math.max(total, 1);
  }

  private static int digit(int d) {
    return d == 0 ? 2 : UNITS[d]; // zero
  }

  private static int year(long y) {
    int hi = (int) (y / 100);
    int lo = (int) (y % 100);
    int n = below100(hi);
    if (lo == 0) {
      return n + 2; // hundred
    }
    if (lo < 10) {
      return n + 1 + UNITS[lo]; // oh-five
    }
    return n + below100(lo);
  }

  static int integer(long v) {
    if (v == 0) {
      return 2;
    }
    int total = 0;
    long[] scales = {1_000_000_000L, 1_000_000L, 1_000L};
    for (long s : scales) {
      if (v >= s) {
        total += below1000((int) (v / s)) + 2; // billion, million, thousand
        v %= s;
      }
    }
    if (v > 0) {
      total += below1000((int) v);
    }
    return total;
  }

  private static int below1000(int v) {
    int total = 0;
    if (v >= 100) {
      total += UNITS[v / 100] + 2; // hundred
      v %= 100;
    }
    if (v > 0) {
      total += below100(v);
    }
    return total;
  }

  private static int below100(int v) {
    if (v < 20) {
      return UNITS[v];
    }
    return TENS[v / 10] + UNITS[v % 10];
  }
}
