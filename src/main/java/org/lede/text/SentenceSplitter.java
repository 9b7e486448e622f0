package org.lede.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rule-based sentence splitter for news prose, one paragraph at a time.
 *
 * <p>A sentence ends at '.', '!', '?', '…' (or a run of them, such as "?!" or "..."), followed by any closing
 * quotes or brackets, then whitespace, then the start of a new sentence: an upper-case letter, a digit, an
 * opening quote or bracket, or a letter of a script without case. The CJK full stops end a sentence without
 * whitespace. The end of the paragraph always ends a sentence, so a headline without final punctuation is one
 * sentence. A period does not end a sentence after:
 * <ul>
 *   <li>a single letter (initials: "J. K. Rowling");
 *   <li>a title, in English and the other European news languages (Mr., Dr., Sen., Gov., St., Sra., Dra.,
 *       Dott., Sig., Mme., Hr., ...);
 *   <li>a month or reference abbreviation before a number ("Jan. 5", "No. 10", "p. 4", "Nr. 5", "pág. 4");
 *   <li>an ordinal number written with a dot before a month or a noun counted that way ("am 3. Oktober",
 *       "im 20. Jahrhundert");
 *   <li>a dotted acronym or company/reference abbreviation (U.S., a.m., Inc., Corp., vs.) unless the next
 *       word is a capitalised common sentence opener ("... in the U.S. The vote ...").
 * </ul>
 * Decimals, prices and dotted names ("3.5", "$4.99", "Caliber.Az") never split because no space follows.
 * Each sentence found is then checked for run-in boundaries, full stops lost between a caption and the story
 * ({@link RunInBoundaries}). The word lists are resources ({@code org/lede/text/words/}).
 */
public final class SentenceSplitter {
  private SentenceSplitter() {}

  private static final Set<String> TITLES = WordLists.set("titles");
  private static final Set<String> BEFORE_NUMBER = WordLists.set("before-number");
  private static final Set<String> ABBREVIATIONS = WordLists.set("abbreviations");
  private static final Set<String> NEVER_END = WordLists.set("never-end");
  /** Words after an ordinal written with a dot ("am 3. Oktober", "im 20. Jahrhundert"). */
  private static final Set<String> AFTER_ORDINAL = WordLists.set("after-ordinal");
  /** Capitalised words that usually open a sentence; after an ambiguous abbreviation they signal a split. */
  private static final Set<String> OPENERS = WordLists.set("openers");

  /** Sentence spans [start, end) of {@code p}, trimmed, in order. */
  public static List<int[]> spans(String p) {
    List<int[]> out = new ArrayList<>();
    int n = p.length();
    int start = skipSpace(p, 0);
    int i = start;
    while (i < n) {
      char c = p.charAt(i);
      if (c == '\u3002' || c == '\uFF01' || c == '\uFF1F') {
        int j = i + 1;
        while (j < n && isCloser(p.charAt(j))) {
          j++;
        }
        add(out, p, start, j);
        start = skipSpace(p, j);
        i = start;
        continue;
      }
      if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && isTerminal(p.charAt(j))) {
        j++;
      }
      boolean singlePeriod = c == '.' && j == i + 1;
      int closeStart = j;
      while (j < n && isCloser(p.charAt(j))) {
        j++;
      }
      if (j >= n) {
        break;
      }
      if (!Paragraphs.isSpace(p.charAt(j))) {
        i = j;
        continue;
      }
      int k = skipSpace(p, j);
      if (k >= n) {
        break;
      }
      int m = k;
      while (m < n && isOpener(p.charAt(m))) {
        m++;
      }
      if (m >= n || !startsSentence(p.charAt(m), m > k)) {
        i = k;
        continue;
      }
      if (singlePeriod && closeStart == j && !periodEnds(p, i, k, m)) {
        i = k;
        continue;
      }
      add(out, p, start, j);
      start = k;
      i = k;
    }
    add(out, p, start, n);
    return out;
  }

  /** Sentence texts of {@code p}. */
  public static List<String> split(String p) {
    List<String> out = new ArrayList<>();
    for (int[] s : spans(p)) {
      out.add(p.substring(s[0], s[1]));
    }
    return out;
  }

  private static boolean periodEnds(String p, int dot, int nextStart, int nextLetter) {
    int ws = dot;
    while (ws > 0 && (Words.isWordChar(p.charAt(ws - 1)) || p.charAt(ws - 1) == '.')) {
      ws--;
    }
    if (ws == dot) {
      return true;
    }
    String prev = p.substring(ws, dot);
    int letters = 0;
    boolean allLetters = true;
    for (int q = 0; q < prev.length(); q++) {
      char ch = prev.charAt(q);
      if (Character.isLetter(ch)) {
        letters++;
      } else if (ch != '.') {
        allLetters = false;
      }
    }
    if (letters == 1 && allLetters && prev.length() == 1) {
      return false; // an initial
    }
    if (letters == 0 && prev.length() <= 3 && isDigits(prev) && AFTER_ORDINAL.contains(nextWord(p, nextLetter))) {
      return false; // an ordinal: "am 3. Oktober", "im 20. Jahrhundert"
    }
    String lower = prev.toLowerCase(Locale.ROOT);
    boolean nextIsDigit = Character.isDigit(p.charAt(nextLetter));
    if (TITLES.contains(lower) && !(lower.equals("jr") || lower.equals("sr"))) {
      return false;
    }
    if (NEVER_END.contains(lower)) {
      return false;
    }
    if (nextIsDigit && BEFORE_NUMBER.contains(lower)) {
      return false;
    }
    boolean dottedAcronym = allLetters && prev.indexOf('.') > 0;
    if (dottedAcronym || ABBREVIATIONS.contains(lower) || lower.equals("jr") || lower.equals("sr")) {
      return nextIsDigit || OPENERS.contains(nextWord(p, nextLetter));
    }
    return true;
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  static String nextWord(String p, int at) {
    int e = at;
    while (e < p.length() && Character.isLetter(p.charAt(e))) {
      e++;
    }
    return p.substring(at, e).toLowerCase(Locale.ROOT);
  }

  private static boolean startsSentence(char c, boolean afterOpener) {
    if (Character.isUpperCase(c) || Character.isDigit(c) || Character.isTitleCase(c)) {
      return true;
    }
    if (Character.isLetter(c) && !Character.isLowerCase(c)) {
      return true; // scripts without case
    }
    return afterOpener && !Character.isLowerCase(c);
  }

  private static void add(List<int[]> out, String p, int s, int e) {
    while (e > s && Paragraphs.isSpace(p.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      RunInBoundaries.split(p, s, e, out);
    }
  }

  static int skipSpace(String p, int i) {
    while (i < p.length() && Paragraphs.isSpace(p.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '\u00BB'
        || c == '\u300D' || c == '\u300F';
  }

  private static boolean isOpener(char c) {
    return c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '(' || c == '[' || c == '\u00AB'
        || c == '\u300C';
  }
}
