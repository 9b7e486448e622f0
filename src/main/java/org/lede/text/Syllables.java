package org.lede.text;

import java.util.Locale;

/**
 * Syllable counts for words as {@link Words} produces them.
 *
 * <ul>
 *   <li>Hyphenated compounds: the sum of their parts ("well-known" = 2).
 *   <li>Contractions: the base word, plus one for "n't" after a consonant ("couldn't" = 2, "don't" = 1);
 *       "'s", "'ll", "'re", "'ve", "'d", "'m" add nothing, except "'s" after a sibilant ("James's" = 2).
 *   <li>Numbers: syllables of the number read aloud in English ("2019" = twen-ty nine-teen = 4,
 *       "3.5" = three point five = 3, "1,000" = one thou-sand = 3).
 *   <li>Acronyms: all-capital words of two or three letters, and longer ones without a vowel, are spelled out
 *       letter by letter ("FBI" = 3, "W" = 3); others are read as words ("NATO" = 2).
 *   <li>Other words: {@link #ruleCount(String)}.
 * </ul>
 * URLs and e-mail addresses count one syllable per dot-separated part.
 */
public final class Syllables {
  private Syllables() {}

  public static int count(String word) {
    return count(word, false);
  }

  /**
   * @param inAllCapsContext true when the whole sentence is in capitals (a headline), so capitalised words
   *     are not taken for acronyms
   */
  public static int count(String word, boolean inAllCapsContext) {
    if (word.isEmpty()) {
      return 0;
    }
    if (Words.isUrlOrEmail(word)) {
      int parts = 1;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (c == '.' || c == '@' || c == '/') {
          parts++;
        }
      }
      return Math.min(parts, 10);
    }
    if (word.indexOf('-') > 0) {
      int total = 0;
      for (String part : word.split("-")) {
        if (!part.isEmpty()) {
          total += count(part, inAllCapsContext);
        }
      }
      return Math.max(total, 1);
    }
    char first = word.charAt(0);
    if (first >= '0' && first <= '9') {
      return Numbers.syllables(word);
    }
    int apos = word.indexOf('\'');
    if (apos > 0) {
      return contraction(word, apos, inAllCapsContext);
    }
    if (!inAllCapsContext && Words.isAllCaps(word) && isSpelledAcronym(word)) {
      return spelledOut(word);
    }
    String letters = lettersOnly(word);
    return letters.isEmpty() ? 1 : ruleCount(letters);
  }

  private static int contraction(String word, int apos, boolean caps) {
    String base = word.substring(0, apos);
    String suffix = word.substring(apos + 1).toLowerCase(Locale.ROOT);
    String lowerBase = base.toLowerCase(Locale.ROOT);
    if (suffix.equals("t") && lowerBase.endsWith("n")) {
      String stem = lowerBase.substring(0, lowerBase.length() - 1);
      switch (stem) {
        case "do": case "wo": case "ca": case "ai": case "sha":
          return 1;
        default:
          return (stem.isEmpty() ? 0 : count(stem, caps)) + 1;
      }
    }
    int n = base.isEmpty() ? 0 : count(base, caps);
    if (suffix.equals("s") && (lowerBase.endsWith("s") || lowerBase.endsWith("z") || lowerBase.endsWith("x")
        || lowerBase.endsWith("ch") || lowerBase.endsWith("sh") || lowerBase.endsWith("ce"))) {
      n++;
    }
    return Math.max(n, 1);
  }

  static boolean isSpelledAcronym(String w) {
    int letters = 0;
    boolean vowel = false;
    for (int i = 0; i < w.length(); i++) {
      char c = Character.toLowerCase(w.charAt(i));
      if (Character.isLetter(c)) {
        letters++;
        if ("aeiou".indexOf(c) >= 0) {
          vowel = true;
        }
      }
    }
    return letters >= 1 && (letters <= 3 || !vowel);
  }

  private static int spelledOut(String w) {
    int n = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        n += (c == 'W' || c == 'w') ? 3 : 1;
      }
    }
    return Math.max(n, 1);
  }

  private static String lettersOnly(String w) {
    StringBuilder b = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  private static boolean isVowel(String w, int i) {
    char c = w.charAt(i);
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
      return true;
    }
    if (c == 'y') {
      // y is a consonant at the start of a word before a vowel (yes, young) and after a vowel (day, boy)
      if (i == 0) {
        return false;
      }
      return true;
    }
    return c > 127 && "àáâãäåæèéêëìíîïòóôõöøùúûüýÿœ".indexOf(c) >= 0;
  }

  private static boolean isConsonant(String w, int i) {
    return i >= 0 && i < w.length() && Character.isLetter(w.charAt(i)) && !isVowel(w, i);
  }

  /**
   * Rule-based count for a lower-case word of letters: vowel groups (a, e, i, o, u, and y except word-initially),
   * minus a silent final e (not in consonant + "le", not "ee"/"ue" teams except after g/q), minus the e of
   * "-es"/"-ed" endings that add no syllable, minus a silent e before -ly/-ment/-ful/-less/-ness, plus one
   * for vowel pairs read as two syllables (media, radio, video, actual, being, happiest, tourism).
   * Never less than one.
   */
  public static int ruleCount(String w) {
    int n = w.length();
    if (n == 0) {
      return 0;
    }
    if (n <= 3) {
      return 1;
    }
    int groups = 0;
    boolean prevVowel = false;
    for (int i = 0; i < n; i++) {
      boolean v = isVowel(w, i);
      if (v && !prevVowel) {
        groups++;
      }
      prevVowel = v;
    }
    // silent final e
    if (w.endsWith("e") && !isVowel(w, n - 2)) {
      boolean consonantLe = w.endsWith("le") && isConsonant(w, n - 3);
      if (!consonantLe) {
        groups--;
      }
    } else if ((w.endsWith("que") || w.endsWith("gue")) && n > 4) {
      groups--;
    }
    // -es, -ed endings
    if (n > 4 && (w.endsWith("es") || w.endsWith("ed")) && isConsonant(w, n - 3)) {
      char before = w.charAt(n - 3);
      boolean keeps;
      if (w.endsWith("ed")) {
        keeps = before == 't' || before == 'd';
      } else {
        keeps = before == 's' || before == 'x' || before == 'z' || before == 'c' || before == 'g'
            || w.endsWith("ches") || w.endsWith("shes")
            || (before == 'l' && isConsonant(w, n - 4));
      }
      if (!keeps) {
        groups--;
      }
    }
    // silent e before common suffixes: lately, statement, careful, careless, likeness
    for (String suf : new String[] {"ely", "ement", "eful", "eless", "eness", "ements"}) {
      if (w.endsWith(suf) && n > suf.length() + 2) {
        int e = n - suf.length();
        if (isConsonant(w, e - 1) && isVowel(w, e - 2)) {
          groups--;
        }
        break;
      }
    }
    groups += hiatus(w);
    if (w.endsWith("ism") || w.endsWith("isms")) {
      groups++;
    }
    return Math.max(groups, 1);
  }

  /** Vowel pairs that are read as two syllables. */
  private static int hiatus(String w) {
    int extra = 0;
    int n = w.length();
    for (int i = 0; i + 1 < n; i++) {
      char a = w.charAt(i);
      char b = w.charAt(i + 1);
      char before = i > 0 ? w.charAt(i - 1) : ' ';
      boolean softBefore = before == 'c' || before == 't' || before == 's' || before == 'x';
      if (a == 'i' && b == 'a' && !softBefore) {
        extra++;
      } else if (a == 'i' && b == 'o' && !softBefore && before != 'g' && !(i >= 2 && w.startsWith("llion", i - 2))
          && !(before == 'n' && i + 2 < n && w.charAt(i + 2) == 'n')) {
        extra++;
      } else if (a == 'i' && b == 'u' && i + 2 < n && w.charAt(i + 2) == 'm') {
        extra++;
      } else if (a == 'e' && b == 'o' && !w.startsWith("eop", i) && !w.startsWith("georg")
          && !((before == 'g' && i > 1) || before == 'h')) {
        extra++;
      } else if (a == 'u' && b == 'a' && before != 'q' && before != 'g') {
        extra++;
      } else if (a == 'u' && b == 'o' && before != 'q') {
        extra++;
      } else if ((a == 'e' || a == 'o' || a == 'y' || a == 'a' || a == 'u')
          && w.startsWith("ing", i + 1) && i + 4 >= n - 1 && i > 0) {
        extra++; // being, going, saying, flying, continuing
      } else if (a == 'i' && b == 'e' && (w.startsWith("iest", i) && i + 4 == n
          || w.startsWith("ier", i) && i + 3 == n && n > 5
          || w.startsWith("iet", i))) {
        extra++;
      } else if (a == 'e' && b == 'a' && (i + 2 == n && n > 4 || w.startsWith("eat", i) && before == 'r')) {
        extra++; // idea, area, create
      } else if ((a == 'i' || a == 'e' || a == 'u') && w.startsWith("ous", i + 1) && !softBefore
          && before != 'g') {
        extra++; // serious, simultaneous, continuous
      }
    }
    return extra;
  }
}
