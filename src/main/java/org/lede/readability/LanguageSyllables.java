package org.lede.readability;

import java.util.Locale;

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
    String w = word.toLowerCase(Locale.ROOT);
    int n = w.length();
    int syllables = 0;
    int i = 0;
    boolean letters = false;
    while (i < n) {
      char c = w.charAt(i);
      letters |= Character.isLetter(c);
      if (!isVowel(c, language) || silentU(w, i, language)) {
        i++;
        continue;
      }
      // a group of vowels: one syllable, and one more at each pair of it that the language says two
      syllables++;
      int j = i + 1;
      while (j < n && isVowel(w.charAt(j), language) && !silentU(w, j, language)) {
        if (hiatus(w.charAt(j - 1), w.charAt(j), language)) {
          syllables++;
        }
        j++;
      }
      i = j;
    }
    if (language.equals("fr") && syllables > 1 && silentFinalE(w)) {
      syllables--;
    }
    return letters ? Math.max(1, syllables) : 0;
  }

  private static boolean isVowel(char c, String language) {
    return switch (language) {
      case "de" -> "aeiouyäöü".indexOf(c) >= 0;
      case "fr" -> "aeiouyàâäéèêëîïôöùûüÿœæ".indexOf(c) >= 0;
      case "es" -> "aeiouáéíóúü".indexOf(c) >= 0;
      case "it" -> "aeiouàèéìíîòóùú".indexOf(c) >= 0;
      case "nl" -> "aeiouyëïéèöüáóú".indexOf(c) >= 0;
      case "pt" -> "aeiouáéíóúâêôãõàü".indexOf(c) >= 0;
      default -> "aeiouy".indexOf(c) >= 0;
    };
  }

  /** The "u" of "qu" (es, it, pt, fr) and of "gue", "gui" (es, pt, fr): a spelling, not a vowel. */
  private static boolean silentU(String w, int i, String language) {
    if (w.charAt(i) != 'u' || i == 0 || i + 1 >= w.length()) {
      return false;
    }
    char before = w.charAt(i - 1);
    char after = w.charAt(i + 1);
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
      case "pt" -> (strong(a, "aeoáéóâêô") && strong(b, "aeoáéóâêô") && !(a == 'õ' || b == 'e' && a == 'ã'))
          || "íú".indexOf(b) >= 0;
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
  private static boolean silentFinalE(String w) {
    int end = w.length();
    if (end >= 2 && w.charAt(end - 1) == 's') {
      end--;
    }
    return end >= 2 && w.charAt(end - 1) == 'e' && !isVowel(w.charAt(end - 2), "fr");
  }
}
