package org.lede.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Repairs sentence boundaries that web pages lose: the full stop between a photo caption or a "Scroll down for
 * video" line and the sentence that follows ("... higher than a colleague The cost of divorce ..."). A
 * <b>run-in boundary</b> is a sentence end at a capitalised clause opener ({@code run-in-openers}: "The", "He",
 * "In", ...) followed by a lower-case word or a digit, after a space and a word that ends in a letter, digit,
 * '%' or ')', does not start with a capital (unless the opener is "The") and is not a function word or a word
 * that introduces a title ("film", "hit", "said"), with at least {@link #MIN_WORDS} words before it in the
 * sentence; the word after the opener is not one that never follows it ("and", "of", "to", ...). In edited
 * prose such an opener is capitalised mid-sentence only in names and titles ("England A", "in The Mail on
 * Sunday", "It's Now or Never", "Pride And Prejudice"), which these tests leave alone.
 */
final class RunInBoundaries {
  private RunInBoundaries() {}

  static final int MIN_WORDS = 4;
  private static final List<String> OPENERS = WordLists.list("run-in-openers");
  /** The openers by first letter ('A' to 'W'), so a candidate is matched in place. */
  private static final String[][] OPENERS_BY_LETTER = new String['W' - 'A' + 1][];
  /** Letters of the longest opener. */
  private static final int OPENER_MAX = OPENERS.stream().mapToInt(String::length).max().orElse(0);

  static {
    for (char c = 'A'; c <= 'W'; c++) {
      char first = c;
      OPENERS_BY_LETTER[c - 'A'] = OPENERS.stream().filter(o -> o.charAt(0) == first).toArray(String[]::new);
    }
  }

  private static final Set<String> FUNCTION_WORDS = WordLists.set("function-words");
  private static final Set<String> NOT_AFTER_OPENER = WordLists.set("not-after-opener");
  private static final Set<String> TITLE_WORDS = WordLists.set("title-words");

  /** Adds the sentence {@code p[s, e)} to {@code out}, cut at its run-in boundaries. */
  static void split(String p, int s, int e, List<int[]> out) {
    // a space, then a capital A-W (indexOf scans fast; a check in the splitter's main loop made the whole
    // splitter 2.5 times slower), then the checks of end, cheapest first
    for (int i = p.indexOf(' ', s); i >= 0 && i < e - 1; i = p.indexOf(' ', i + 1)) {
      char d = p.charAt(i + 1);
      int prevEnd = d >= 'A' && d <= 'W' ? end(p, s, i + 1, e) : -1;
      if (prevEnd > 0) {
        out.add(new int[] {s, prevEnd});
        s = i + 1;
      }
    }
    out.add(new int[] {s, e});
  }

  /**
   * When the capitalised word at {@code next} (after a space) opens a sentence whose full stop was lost, in
   * the sentence that starts at {@code start}, the end of the text before it; otherwise -1.
   */
  private static int end(String p, int start, int next, int end) {
    String[] candidates = OPENERS_BY_LETTER[p.charAt(next) - 'A'];
    if (candidates.length == 0) {
      return -1;
    }
    int w = next + 1;
    while (w < end && w - next <= OPENER_MAX && Character.isLowerCase(p.charAt(w))) {
      w++;
    }
    if (w >= end || w - next > OPENER_MAX || !Paragraphs.isSpace(p.charAt(w)) || !isOneOf(p, next, w, candidates)) {
      return -1;
    }
    int after = SentenceSplitter.skipSpace(p, w);
    if (after >= end || !(Character.isLowerCase(p.charAt(after)) || Character.isDigit(p.charAt(after)))
        || NOT_AFTER_OPENER.contains(SentenceSplitter.nextWord(p, after))) {
      return -1;
    }
    int prevEnd = next - 1;
    while (prevEnd > start && p.charAt(prevEnd - 1) == ' ') {
      prevEnd--;
    }
    if (prevEnd <= start) {
      return -1;
    }
    char last = p.charAt(prevEnd - 1);
    if (!(Character.isLetterOrDigit(last) || last == '%' || last == ')')) {
      return -1;
    }
    int prevStart = prevEnd;
    while (prevStart > start && !Paragraphs.isSpace(p.charAt(prevStart - 1))) {
      prevStart--;
    }
    if (Character.isUpperCase(p.charAt(prevStart)) && !(w - next == 3 && p.startsWith("The", next))) {
      return -1; // a run of capitalised words is a name or a title ("England A", "It's Now or Never")
    }
    String prev = p.substring(prevStart, prevEnd).toLowerCase(Locale.ROOT);
    if (FUNCTION_WORDS.contains(prev) || TITLE_WORDS.contains(prev)) {
      return -1;
    }
    // at least MIN_WORDS words before the opener, the previous one included (counted backwards)
    int words = 1;
    int q = prevStart;
    while (words < MIN_WORDS && q > start) {
      while (q > start && Paragraphs.isSpace(p.charAt(q - 1))) {
        q--;
      }
      if (q > start) {
        words++;
        while (q > start && !Paragraphs.isSpace(p.charAt(q - 1))) {
          q--;
        }
      }
    }
    return words >= MIN_WORDS ? prevEnd : -1;
  }

  private static boolean isOneOf(String p, int from, int to, String[] words) {
    for (String o : words) {
      if (o.length() == to - from && p.startsWith(o, from)) {
        return true;
      }
    }
    return false;
  }
}
