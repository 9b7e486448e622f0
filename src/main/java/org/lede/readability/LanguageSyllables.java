package org.lede.readability;

import java.util.HashMap;
import java.util.Map;

/**
 * Syllables of a word in German, French, Spanish, Italian, Dutch or Portuguese, from vowel groups with each
 * language's own rules: which letters are vowels, which vowel pairs are one syllable (diphthongs, long
 * vowels) and which two (hiatus), and the letters that are written but not spoken (the "u" of Spanish and
 * Portuguese "que", "gui"; the Italian "qu"; French final "e" and "es"). Exact in most words of Spanish and
 * Italian, whose spelling follows the sound; an estimate in the others (a German "Museum" counts as two, a
 * French verb's silent "-ent" as one). Plain Java, no dictionary.
 */
public final class LanguageSyllables {
  private LanguageSyllables() {}

  /** Whether {@code language} has rules here. */
  public static boolean supports(String language) {
    return language != null && switch (language) {
      case "de", "fr", "es", "it", "nl", "pt" -> true;
      default -> false;
    };
  }

  /** The syllables of {@code word} in {@code language} (one of {@link #supports}); at least 1 for a word with a letter. */
  public static int count(String word, String language) {
    return count(word, 0, word.length(), language);
  }

  /** Vowel letters (lower case, below U+0180) of each language. */
  private static final Map<String, boolean[]> VOWELS = new HashMap<>();

  static {
    for (String[] lv : new String[][] {{"de", "aeiouyäöü"}, {"fr", "aeiouyàâäéèêëîïôöùûüÿœæ"},
        {"es", "aeiouáéíóúü"}, {"it", "aeiouàèéìíîòóùú"}, {"nl", "aeiouyëïéèöüáóú"}, {"pt", "aeiouáéíóúâêôãõàü"}}) {
      boolean[] v = new boolean[0x180];
      for (char c : lv[1].toCharArray()) {
        v[c] = true;
      }
      VOWELS.put(lv[0], v);
    }
  }

  /**
   * The syllables of the word {@code text[from, to)} in {@code language}, read in place (no copy, no
   * lower-cased string: this runs on every word of every article in these languages).
   */
  public static int count(CharSequence text, int from, int to, String language) {
    boolean[] vowels = VOWELS.get(language);
    int syllables = 0;
    boolean letters = false;
    char previous = 0; // the group's last vowel; 0 outside a group of vowels
    char before = 0; // the letter before, lower case
    for (int i = from; i < to; i++) {
      char c = lower(text.charAt(i));
      letters |= Character.isLetter(c);
      boolean vowel = c < 0x180 && vowels[c]
          && !silentU(c, before, i + 1 < to ? lower(text.charAt(i + 1)) : 0, language);
      if (vowel) {
        if (previous == 0 || hiatus(previous, c, language)) {
          syllables++; // a group of vowels is one syllable, and each pair the language splits one more
        }
        previous = c;
      } else {
        previous = 0;
      }
      before = c;
    }
    if (syllables > 1 && language.equals("fr") && silentFinalE(text, from, to, vowels)) {
      syllables--;
    }
    return letters ? Math.max(1, syllables) : 0;
  }

  private static char lower(char c) {
    return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
  }

  /** The "u" of "qu" (not in Dutch) and of "gue", "gui" (es, pt, fr): a spelling, not a vowel. */
  private static boolean silentU(char c, char before, char after, String language) {
    if (c != 'u' || after == 0) {
      return false;
    }
    if (before == 'q') {
      return !language.equals("nl"); // German "Quelle": a k and a v
    }
    return before == 'g' && (after == 'e' || after == 'i' || after == 'é' || after == 'í')
        && (language.equals("es") || language.equals("pt") || language.equals("fr"));
  }

  /** Whether two adjacent vowels {@code a} and {@code b} are two syllables in {@code language}. */
  static boolean hiatus(char a, char b, String language) {
    return switch (language) {
      // two strong vowels, or a stressed weak one beside any: le-er, dí-a, ba-úl; ai, ue, io are one
      case "es" -> strong(a, "aeoáéó") && strong(b, "aeoáéó") || "íú".indexOf(a) >= 0 || "íú".indexOf(b) >= 0;
      case "pt" -> strong(a, "aeoáéóâêô") && strong(b, "aeoáéóâêô") || "íú".indexOf(b) >= 0;
      case "it" -> strong(a, "aeoàèéòó") && strong(b, "aeoàèéòó") || "ìíùú".indexOf(b) >= 0;
      // German and Dutch spell long vowels and diphthongs with two letters: only a few pairs split
      case "de" -> a == 'e' && (b == 'a' || b == 'o') || a == 'i' && (b == 'a' || b == 'o' || b == 'u')
          || a == 'u' && (b == 'a' || b == 'e' || b == 'i') || a == 'o' && b == 'e';
      case "nl" -> b == 'ë' || b == 'ï' || b == 'ü' || a == 'i' && (b == 'a' || b == 'o');
      // French: vowel letters in a row are mostly one sound (eau, ai, ou); i and u before a vowel glide
      case "fr" -> b == 'ï' || b == 'ë' || b == 'ü' || a == 'é' && "aeioué".indexOf(b) >= 0;
      default -> false;
    };
  }

  private static boolean strong(char c, String set) {
    return set.indexOf(c) >= 0;
  }

  /** A French word's final "e" or "es" after a consonant, not spoken ("table", "tables"; not "été"). */
  private static boolean silentFinalE(CharSequence text, int from, int to, boolean[] vowels) {
    int end = to;
    if (end - from >= 2 && lower(text.charAt(end - 1)) == 's') {
      end--;
    }
    if (end - from < 2 || lower(text.charAt(end - 1)) != 'e') {
      return false;
    }
    char c = lower(text.charAt(end - 2));
    return !(c < 0x180 && vowels[c]);
  }
}
