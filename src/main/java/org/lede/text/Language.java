package org.lede.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A cheap language guess: by script for non-Latin text (zh, ja, ko, ar, he, el, th, hi, ru for Cyrillic,
 * "und" for other scripts), and by function-word share for Latin text (en, es, fr, de, pt, it, nl; "en"
 * when too short to tell). English-only metrics are computed only when the result is "en".
 */
public final class Language {
  private Language() {}

  private static final String[] LATIN_CODES = {"es", "fr", "de", "pt", "it", "nl"};
  private static final String[][] FUNCTION_WORDS = {
      {"el", "la", "los", "las", "de", "del", "que", "y", "en", "un", "una", "por", "con", "para", "es", "se",
          "su", "al", "lo", "como"},
      {"le", "la", "les", "de", "des", "du", "et", "un", "une", "est", "dans", "pour", "que", "qui", "sur", "au",
          "aux", "pas", "ne", "avec"},
      {"der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "den", "dem", "zu", "von", "sich", "auf",
          "auch", "des", "im", "wird", "dass"},
      {"o", "os", "as", "de", "da", "do", "dos", "das", "que", "e", "um", "uma", "para", "com", "em", "no", "na",
          "por", "n\u00e3o", "se"},
      {"il", "lo", "la", "gli", "le", "di", "che", "e", "un", "una", "per", "con", "non", "sono", "del", "della",
          "nel", "alla", "\u00e8", "da"},
      {"de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "met", "voor", "zijn", "er", "aan",
          "ook", "als", "bij", "maar", "wordt"}};
  /** Each function word with a bit per language of {@link #LATIN_CODES} it belongs to: one lookup per word. */
  private static final Map<String, Integer> LANGUAGE_BITS = new HashMap<>();

  static {
    for (int k = 0; k < FUNCTION_WORDS.length; k++) {
      for (String w : FUNCTION_WORDS[k]) {
        LANGUAGE_BITS.merge(w, 1 << k, (a, b) -> a | b);
      }
    }
  }

  /**
   * True when most letters of the text are Latin script (or it has none): the cheap per-paragraph check used
   * inside an article already guessed to be English.
   */
  public static boolean mostlyLatin(String text) {
    int first = 0;
    while (first < text.length() && text.charAt(first) < 128) {
      first++;
    }
    if (first == text.length()) {
      return true; // ASCII only: the common case
    }
    int latin = 0;
    int other = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128) {
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
          latin++;
        }
      } else if (Character.isLetter(c)) {
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
          latin++;
        } else {
          other++;
        }
      }
    }
    return other <= latin;
  }

  /** Bit k: a function word of {@code LATIN_CODES[k]}; bit 6: an English stop word. */
  public static int bitsOf(String lower) {
    Integer bits = LANGUAGE_BITS.get(lower);
    return (bits == null ? 0 : bits) | (Stopwords.isStopword(lower) ? 1 << ENGLISH_BIT : 0);
  }

  private static final int ENGLISH_BIT = 6;

  /** Function-word evidence for Latin-script text: the {@link #bitsOf} of its first 400 words. */
  public static final class FunctionWords {
    private int total;
    private int en;
    private final int[] counts = new int[LATIN_CODES.length];

    public boolean full() {
      return total >= 400;
    }

    public void add(int bits) {
      total++;
      if ((bits & (1 << ENGLISH_BIT)) != 0) {
        en++;
      }
      if ((bits & ((1 << LATIN_CODES.length) - 1)) == 0) {
        return; // no other language's function word: most English words
      }
      for (int k = 0; k < counts.length; k++) {
        if ((bits & (1 << k)) != 0) {
          counts[k]++;
        }
      }
    }

    String decide() {
      if (total < 8) {
        return "en";
      }
      int best = 0;
      for (int k = 1; k < counts.length; k++) {
        if (counts[k] > counts[best]) {
          best = k;
        }
      }
      if (en >= counts[best]) {
        return "en";
      }
      if (counts[best] * 8 >= total) {
        return LATIN_CODES[best];
      }
      return en * 5 >= total ? "en" : "und";
    }
  }

  /**
   * The language of an article, given a sample of its text (for the script) and the function-word evidence of
   * its first words for Latin-script text.
   */
  public static String guess(String text, FunctionWords words) {
    Scripts scripts = new Scripts();
    scripts.add(text, 0, text.length());
    return scripts.guess(words);
  }

  /**
   * {@link #guess(String, FunctionWords)} of the first {@code sampleChars} characters of the paragraphs, one
   * line each (their line breaks counted in), read where they are.
   */
  public static String guess(List<String> paragraphs, int sampleChars, FunctionWords words) {
    Scripts scripts = new Scripts();
    int used = 0;
    for (String p : paragraphs) {
      if (used >= sampleChars) {
        break;
      }
      int take = Math.min(p.length(), sampleChars - used);
      scripts.add(p, 0, take);
      used += take + 1;
    }
    return scripts.guess(words);
  }

  /** Letters by script. */
  private static final class Scripts {
    int latin;
    int other;
    final int[] scripts = new int[10];

    /** Counts the letters of {@code text[from, to)}, by code point (a surrogate pair cut at {@code to} is none). */
    void add(String text, int from, int to) {
      for (int i = from; i < to; ) {
        char c = text.charAt(i);
        if (c < 128) { // ASCII: the common case, no script lookup
          i++;
          if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
            latin++;
          }
          continue;
        }
        int cp = Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))
            ? Character.toCodePoint(c, text.charAt(i + 1)) : c;
        i += Character.charCount(cp);
        if (!Character.isLetter(cp)) {
          continue;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        switch (s) {
          case LATIN: latin++; break;
          case HAN: scripts[0]++; other++; break;
          case HIRAGANA: case KATAKANA: scripts[1]++; other++; break;
          case HANGUL: scripts[2]++; other++; break;
          case ARABIC: scripts[3]++; other++; break;
          case HEBREW: scripts[4]++; other++; break;
          case GREEK: scripts[5]++; other++; break;
          case THAI: scripts[6]++; other++; break;
          case DEVANAGARI: scripts[7]++; other++; break;
          case CYRILLIC: scripts[8]++; other++; break;
          default: scripts[9]++; other++; break;
        }
      }
    }

    String guess(FunctionWords words) {
      if (latin == 0 && other == 0) {
        return "und";
      }
      if (other > latin) {
        if (scripts[1] > 0 && scripts[1] * 10 >= other) {
          return "ja";
        }
        String[] codes = {"zh", "ja", "ko", "ar", "he", "el", "th", "hi", "ru", "und"};
        int best = 0;
        for (int k = 1; k < scripts.length; k++) {
          if (scripts[k] > scripts[best]) {
            best = k;
          }
        }
        return codes[best];
      }
      return words.decide();
    }
  }
}
