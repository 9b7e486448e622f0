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
 *   <li>a title (Mr., Mrs., Dr., Sen., Gov., Gen., St., ...);
 *   <li>a month or reference abbreviation before a number ("Jan. 5", "No. 10", "p. 4");
 *   <li>a dotted acronym or company/reference abbreviation (U.S., a.m., Inc., Corp., vs.) unless the next
 *       word is a capitalised common sentence opener ("... in the U.S. The vote ...").
 * </ul>
 * Decimals, prices and dotted names ("3.5", "$4.99", "Caliber.Az") never split because no space follows.
 *
 * <p>Text taken from web pages often loses the full stop between a photo caption or a "Scroll down for video"
 * line and the sentence that follows ("... higher than a colleague The cost of divorce ..."). A <b>run-in
 * boundary</b> is therefore also a sentence end: a capitalised clause opener ({@link #RUN_IN_OPENERS}: "The",
 * "He", "In", ...) followed by a lower-case word or a digit, after a space and a word that ends in a letter,
 * digit, '%' or ')', does not start with a capital (unless the opener is "The") and is not a function word
 * or a word that introduces a title ("film", "hit", "said"), with at least {@link #RUN_IN_MIN_WORDS} words
 * before it in the sentence; the word after the opener is not one that never follows it ("and", "of", "to",
 * ...). In edited prose such an opener is capitalised mid-sentence only in names and titles ("England A",
 * "in The Mail on Sunday", "It's Now or Never", "Pride And Prejudice"), which these tests leave alone.
 */
public final class SentenceSplitter {
  private SentenceSplitter() {}

  private static final Set<String> TITLES = Set.of(
      "mr", "mrs", "ms", "messrs", "mmes", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "gen", "lt",
      "col", "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "st", "mt", "ft", "supt", "det",
      "insp", "atty", "gens", "cpl", "pvt", "brig", "fr", "sr", "jr");
  private static final Set<String> BEFORE_NUMBER = Set.of(
      "no", "nos", "vol", "vols", "pp", "p", "fig", "figs", "art", "sec", "ch", "op", "para", "tel", "ext",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "ca");
  private static final Set<String> ABBREVIATIONS = Set.of(
      "inc", "corp", "co", "ltd", "llc", "plc", "bros", "vs", "v", "est", "dept", "univ", "assn", "ave",
      "blvd", "rd", "e.g", "i.e", "a.m", "p.m", "etc", "al", "cf", "jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "approx", "govt", "intl", "natl", "mfg", "no");
  private static final Set<String> NEVER_END = Set.of("vs", "v", "e.g", "i.e", "cf");
  /** Capitalised words that usually open a sentence; after an ambiguous abbreviation they signal a split. */
  private static final Set<String> OPENERS = Set.of(
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "or", "in", "on", "at",
      "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "there", "then", "when",
      "while", "if", "as", "after", "before", "some", "many", "most", "other", "others", "one", "yet", "so",
      "still", "for", "with", "by", "from", "what", "who", "why", "how", "where", "which", "however",
      "meanwhile", "also", "both", "all", "each", "no", "not", "since", "although", "though", "because",
      "during", "last", "next", "officials", "analysts", "critics", "asked", "earlier", "later", "now",
      "today", "to", "of", "more", "such", "only", "even", "shares", "sales");

  /** Capitalised words that open a clause; mid-sentence, after a content word, they mark a lost full stop. */
  private static final List<String> RUN_IN_OPENERS = List.of(
      "The", "A", "An", "It", "He", "She", "They", "We", "His", "Her", "Their", "Its", "This", "These",
      "Those", "In", "On", "At", "But", "And", "As", "When", "After", "Before", "While", "Now");
  /** The openers by first letter ('A' to 'W'), so a candidate is matched in place. */
  private static final String[][] OPENERS_BY_LETTER = new String['W' - 'A' + 1][];

  static {
    for (char c = 'A'; c <= 'W'; c++) {
      char first = c;
      OPENERS_BY_LETTER[c - 'A'] =
          RUN_IN_OPENERS.stream().filter(o -> o.charAt(0) == first).toArray(String[]::new);
    }
  }
  /** Function words: no sentence ends with one. */
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from",
      "as", "into", "onto", "about", "over", "under", "than", "that", "which", "who", "whom", "whose", "this",
      "these", "those", "his", "her", "its", "their", "our", "your", "my", "is", "are", "was", "were", "be",
      "been", "being", "has", "have", "had");
  /** Words that never follow a clause opener at the start of a sentence ("It to three", "A and B"). */
  private static final Set<String> NOT_AFTER_OPENER = Set.of("and", "or", "nor", "of", "to", "by", "with",
      "from", "than");
  /** Words after which a capitalised opener starts a title ("said The ...", "the film The ..."). */
  private static final Set<String> TITLE_WORDS = Set.of("said", "says", "say", "called", "named", "titled",
      "entitled", "film", "movie", "song", "hit", "single", "track", "album", "anthem", "hymn", "poem",
      "book", "novel", "show", "series", "programme", "program", "play", "opera", "musical", "band",
      "newspaper", "magazine", "headline", "slogan");
  static final int RUN_IN_MIN_WORDS = 4;
  /** Letters of the longest opener. */
  private static final int RUN_IN_OPENER_MAX = 6;

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

  private static String nextWord(String p, int at) {
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
    if (e <= s) {
      return;
    }
    // run-in boundaries: a space, then a capital A-W (indexOf scans fast; a check in the main loop made the
    // whole splitter 2.5 times slower), then the checks of runInEnd, cheapest first
    for (int i = p.indexOf(' ', s); i >= 0 && i < e - 1; i = p.indexOf(' ', i + 1)) {
      char d = p.charAt(i + 1);
      int prevEnd = d >= 'A' && d <= 'W' ? runInEnd(p, s, i + 1, e) : -1;
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
  private static int runInEnd(String p, int start, int next, int end) {
    String[] candidates = OPENERS_BY_LETTER[p.charAt(next) - 'A'];
    if (candidates.length == 0) {
      return -1;
    }
    int w = next + 1;
    while (w < end && w - next <= RUN_IN_OPENER_MAX && Character.isLowerCase(p.charAt(w))) {
      w++;
    }
    if (w >= end || w - next > RUN_IN_OPENER_MAX || !Paragraphs.isSpace(p.charAt(w))
        || !isOneOf(p, next, w, candidates)) {
      return -1;
    }
    int after = skipSpace(p, w);
    if (after >= end || !(Character.isLowerCase(p.charAt(after)) || Character.isDigit(p.charAt(after)))
        || NOT_AFTER_OPENER.contains(nextWord(p, after))) {
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
    // at least RUN_IN_MIN_WORDS words before the opener, the previous one included (counted backwards)
    int words = 1;
    int q = prevStart;
    while (words < RUN_IN_MIN_WORDS && q > start) {
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
    return words >= RUN_IN_MIN_WORDS ? prevEnd : -1;
  }

  private static boolean isOneOf(String p, int from, int to, String[] words) {
    for (String o : words) {
      if (o.length() == to - from && p.startsWith(o, from)) {
        return true;
      }
    }
    return false;
  }

  private static int skipSpace(String p, int i) {
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
