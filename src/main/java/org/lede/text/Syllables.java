package org.lede.text;

import java.util.Locale;

/**
 * Syllable counts for words as {@link Words} produces them. The CMU Pronouncing Dictionary ({@link CmuDict})
 * decides for every word it has (including "don't" and "well-known"); otherwise:
 *
 * <ul>
 *   <li>Regular inflections of dictionary words: {@link #inflection(String)}.
 *   <li>Hyphenated compounds: the sum of their parts.
 *   <li>Contractions: the base word, plus one for "n't" after a consonant ("couldn't" = 2, "don't" = 1);
 *       "'s", "'ll", "'re", "'ve", "'d", "'m" add nothing, except "'s" after a sibilant ("James's" = 2).
 *   <li>Numbers: syllables of the number read aloud in English ("2019" = twen-ty nine-teen = 4,
 *       "3.5" = three point five = 3, "1,000" = one thou-sand = 3).
 *   <li>Acronyms: all-capital words of up to three letters are spelled out letter by letter ("FBI" = 3,
 *       "W" = 3); longer ones without a vowel too unless the dictionary has them; others are read as words
 *       ("NATO" = 2). In an all-capital headline, capitalised words are read as words.
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
    char first = word.charAt(0);
    if (first >= '0' && first <= '9') {
      return Numbers.syllables(word);
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (!inAllCapsContext && Words.isAllCaps(word) && isSpelledAcronym(word)) {
      if (letterCount(word) <= 3) {
        return spelledOut(word);
      }
      int d = CmuDict.get().syllables(lower);
      return d > 0 ? d : spelledOut(word);
    }
    int d = CmuDict.get().syllables(lower);
    if (d > 0) {
      return d;
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
    int apos = word.indexOf('\'');
    if (apos > 0) {
      return contraction(word, apos, inAllCapsContext);
    }
    String letters = lettersOnly(word);
    if (letters.isEmpty()) {
      return 1;
    }
    int inflected = inflection(letters);
    return inflected > 0 ? inflected : ruleCount(letters);
  }

  /**
   * A regular inflection of a dictionary word: the stem's count plus the ending's (-ing, -er, -est and -ly add
   * one; -ed adds one after t or d; -s/-es add one after a sibilant). Stems are tried as they are, with a
   * final e restored, with a doubled consonant undone and with y for i. Returns -1 when no stem is known.
   */
  static int inflection(String w) {
    CmuDict dict = CmuDict.get();
    String[] endings = {"ing", "ed", "es", "s", "er", "ers", "est", "ly"};
    for (String end : endings) {
      if (!w.endsWith(end) || w.length() < end.length() + 3) {
        continue;
      }
      String stem = w.substring(0, w.length() - end.length());
      for (String candidate : new String[] {stem, stem + "e", undouble(stem), yForI(stem)}) {
        if (candidate == null) {
          continue;
        }
        int d = dict.syllables(candidate);
        if (d > 0) {
          return d + endingSyllables(end, candidate);
        }
      }
    }
    return -1;
  }

  private static int endingSyllables(String end, String stem) {
    switch (end) {
      case "ing": case "er": case "est": case "ers":
        return 1;
      case "ly":
        return stem.endsWith("le") ? 0 : 1;
      case "ed":
        return stem.endsWith("t") || stem.endsWith("d") || stem.endsWith("te") || stem.endsWith("de") ? 1 : 0;
      default:
        return stem.endsWith("s") || stem.endsWith("x") || stem.endsWith("z") || stem.endsWith("ch")
            || stem.endsWith("sh") || stem.endsWith("ce") || stem.endsWith("ge") || stem.endsWith("se")
            || stem.endsWith("ze") ? 1 : 0;
    }
  }

  private static String undouble(String s) {
    int n = s.length();
    return n > 2 && s.charAt(n - 1) == s.charAt(n - 2) ? s.substring(0, n - 1) : null;
  }

  private static String yForI(String s) {
    return s.endsWith("i") ? s.substring(0, s.length() - 1) + "y" : null;
  }

  private static int letterCount(String w) {
    int n = 0;
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        n++;
      }
    }
    return n;
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
   * Rule-based count for a lower-case word of letters: vowel groups (a, e, i, o, u, and y except word-initially
   * and between vowels; y before a vowel after a consonant is a syllable of its own: dryer), minus a silent
   * final e (not in consonant + "le", not "ee"/"ue" teams except after g/q), minus the e of "-es"/"-ed"
   * endings that add no syllable (kept after t/d, sibilants and consonant + l: cabled), minus a silent e
   * before common endings (-ly, -ment, -ful, -less, -ness, -way, -line, -time...), plus one for vowel pairs
   * read as two syllables (media, radio, video, actual, being, happiest, client, tourism). A word without
   * any vowel letter is spelled out. Never less than one.
   */
  public static int ruleCount(String w) {
    int n = w.length();
    if (n == 0) {
      return 0;
    }
    if (!hasVowelLetter(w)) {
      return spelledOut(w); // "ccd", "cpu"-like letter strings
    }
    if (n <= 3) {
      return 1;
    }
    int groups = 0;
    boolean prevVowel = false;
    for (int i = 0; i < n; i++) {
      boolean v = isVowel(w, i);
      char c = w.charAt(i);
      if (c == 'y' && i > 0 && i + 1 < n && isVowel(w, i + 1)) {
        if (prevVowel) {
          v = false; // a glide between vowels: employer, beyond, bayou
        } else {
          groups++; // a vowel before another vowel: dryer, flyer
          prevVowel = false;
          continue;
        }
      }
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
    if ((w.endsWith("es") || w.endsWith("ed")) && (isConsonant(w, n - 3) || w.charAt(n - 3) == 'y')) {
      char before = w.charAt(n - 3);
      boolean syllabicLe = before == 'l' && isConsonant(w, n - 4) && w.charAt(n - 4) != 'l';
      boolean keeps;
      if (w.endsWith("ed")) {
        keeps = before == 't' || before == 'd' || syllabicLe;
      } else {
        keeps = before == 's' || before == 'x' || before == 'z' || before == 'c' || before == 'g'
            || w.endsWith("ches") || w.endsWith("shes") || syllabicLe;
      }
      if (!keeps) {
        groups--;
      }
    }
    groups -= silentInnerE(w);
    groups += hiatus(w);
    if (w.endsWith("ism") || w.endsWith("isms")) {
      groups++;
    }
    return Math.max(groups, 1);
  }

  /** Endings before which a preceding silent e stays silent: lately, statement, careful, baseline, driveway. */
  private static final String[] AFTER_SILENT_E = {
      "ly", "ment", "ments", "ful", "fully", "less", "lessly", "lessness", "ness", "way", "ways", "line",
      "lines", "side", "time", "times", "town", "wood", "work", "works", "down", "land", "lands", "like",
      "where", "house", "place", "stone", "ware", "man", "men", "load", "some"};

  private static int silentInnerE(String w) {
    int n = w.length();
    for (String suf : AFTER_SILENT_E) {
      int e = n - suf.length() - 1;
      if (e >= 2 && w.endsWith(suf) && w.charAt(e) == 'e' && isConsonant(w, e - 1) && isVowel(w, e - 2)
          && !(e >= 3 && isVowel(w, e - 3) && w.charAt(e - 2) == w.charAt(e - 3))) {
        return 1;
      }
    }
    return 0;
  }

  private static boolean hasVowelLetter(String w) {
    for (int i = 0; i < w.length(); i++) {
      if ("aeiouy".indexOf(w.charAt(i)) >= 0 || w.charAt(i) > 127) {
        return true;
      }
    }
    return false;
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
      } else if (a == 'i' && b == 'e' && w.startsWith("ien", i) && !softBefore && i > 0
          && !(i >= 2 && w.startsWith("friend", i - 2)) && !w.startsWith("fiend", i - 1)) {
        extra++; // client, alien, audience
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
