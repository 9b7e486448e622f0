package org.lede.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Word tokenizer. A word is a maximal run of letters, digits and combining marks, joined across a single
 * internal apostrophe (straight or curly), hyphen, period (U.S., 3.5) or, between digits, comma (1,000).
 * URLs (http://, https://, www.) and e-mail addresses are one word each. Curly apostrophes are normalised
 * to straight ones in the returned text. Everything else (punctuation, symbols, whitespace) separates words.
 */
public final class Words {
  private Words() {}

  /** Words of {@code text[from, to)}. */
  public static List<String> of(CharSequence text, int from, int to) {
    List<String> out = new ArrayList<>();
    forEach(text, from, to, (s, e) -> out.add(normalise(text, s, e)));
    return out;
  }

  public static List<String> of(CharSequence text) {
    return of(text, 0, text.length());
  }

  /** Receives word spans. */
  @FunctionalInterface
  public interface SpanConsumer {
    void accept(int start, int end);
  }

  /** Calls {@code consumer} with the [start, end) span of each word in {@code text[from, to)}. */
  public static void forEach(CharSequence text, int from, int to, SpanConsumer consumer) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      int end = scanWord(text, i, to);
      consumer.accept(i, end);
      i = end;
    }
  }

  /** True when a URL (http://, https://, www.) starts at {@code start}. */
  static boolean startsUrl(CharSequence t, int start, int to) {
    char first = (char) (t.charAt(start) | 0x20);
    if (start + 4 >= to || first != 'h' && first != 'w') {
      return false;
    }
    char second = (char) (t.charAt(start + 1) | 0x20);
    if (first == 'h' ? second != 't' : second != 'w') {
      return false; // "he", "was", "with": the common words that start like a URL do not go further
    }
    return first == 'h' && (startsWithIgnoreCase(t, start, to, "http://")
        || startsWithIgnoreCase(t, start, to, "https://"))
        || first == 'w' && startsWithIgnoreCase(t, start, to, "www.");
  }

  /**
   * The end of the word that starts at {@code start}: the rule, which {@link Tokenizer} follows in its own
   * single pass (with {@link #joins} and {@link #emailAt}; {@code TokenizerTest} checks the two agree).
   */
  static int scanWord(CharSequence t, int start, int to) {
    if (startsUrl(t, start, to)) {
      return scanUrl(t, start, to);
    }
    int j = start;
    while (j < to) {
      if (isWordChar(t.charAt(j)) || joins(t, j, start, to)) {
        j++;
        continue;
      }
      if (emailAt(t, j, start, to)) {
        return scanUrl(t, start, to);
      }
      break;
    }
    return j;
  }

  /**
   * The character at {@code j}, not a word character, joins the word begun at {@code start} to the word
   * characters after it: a single apostrophe (straight or curly), hyphen or period inside a word, or a comma
   * between digits (1,000).
   */
  static boolean joins(CharSequence t, int j, int start, int to) {
    if (j == start || j + 1 >= to || !isWordChar(t.charAt(j + 1))) {
      return false;
    }
    char c = t.charAt(j);
    return c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '.'
        || c == ',' && isDigit(t.charAt(j - 1)) && isDigit(t.charAt(j + 1));
  }

  /** An e-mail address: an '@' after a letter or digit of the word and before a word character. */
  static boolean emailAt(CharSequence t, int j, int start, int to) {
    return t.charAt(j) == '@' && j > start && j + 1 < to && isWordChar(t.charAt(j + 1))
        && isLetterOrDigit(t.charAt(j - 1));
  }

  /** A URL or e-mail runs to the next whitespace, minus trailing punctuation. */
  private static int scanUrl(CharSequence t, int start, int to) {
    int j = start;
    while (j < to && !Character.isWhitespace(t.charAt(j))) {
      j++;
    }
    while (j > start + 1 && ".,;:!?)]}\"'\u2019\u201d>".indexOf(t.charAt(j - 1)) >= 0) {
      j--;
    }
    return j;
  }

  private static boolean startsWithIgnoreCase(CharSequence t, int at, int to, String prefix) {
    if (to - at < prefix.length() + 1) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (Character.toLowerCase(t.charAt(at + k)) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static String normalise(CharSequence t, int s, int e) {
    return normalise(t.subSequence(s, e).toString());
  }

  /** A word as {@link #of} returns it: curly apostrophes and Unicode hyphens made plain. */
  public static String normalise(String w) {
    return w.indexOf('\u2019') >= 0 || w.indexOf('\u2010') >= 0
        ? w.replace('\u2019', '\'').replace('\u2010', '-')
        : w;
  }

  public static boolean isWordChar(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetterOrDigit(char c) {
    return Character.isLetterOrDigit(c);
  }

  /** True for a word that is a URL or e-mail address. */
  public static boolean isUrlOrEmail(String w) {
    if (w.indexOf('@') > 0) {
      return true;
    }
    if (w.length() < 5) {
      return false;
    }
    char c = (char) (w.charAt(0) | 0x20);
    if (c != 'h' && c != 'w') {
      return false;
    }
    return startsWithIgnoreCase(w, 0, w.length(), "http://") || startsWithIgnoreCase(w, 0, w.length(), "https://")
        || startsWithIgnoreCase(w, 0, w.length(), "www.");
  }

  /** Letters and digits of a word: the "characters" of Coleman-Liau and ARI. */
  public static int letterCount(String w) {
    int n = 0;
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** True when the word has at least one letter and no lower-case letter. */
  public static boolean isAllCaps(String w) {
    boolean letter = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        letter = true;
      }
    }
    return letter;
  }

  public static boolean isCapitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  public static boolean hasLetter(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
