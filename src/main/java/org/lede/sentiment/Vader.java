package org.lede.sentiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lede.text.FormTable;

/**
 * The VADER method (Hutto &amp; Gilbert 2014) as in vaderSentiment 3.3.x, written for lede: whitespace tokens
 * with surrounding punctuation stripped, lexicon valence, boosters and dampeners within three tokens, the
 * negation window (case-insensitive, including "n't" forms), ALL-CAPS emphasis, "but" contrast (by position),
 * "least", special idioms, exclamation and question emphasis, and the normalised compound score with the
 * positive, neutral and negative proportions. Runs in time linear in the text length. An instance keeps a
 * memo of token forms (case, booster, lexicon look-ups), so it is not thread-safe: one per thread.
 */
public final class Vader {
  static final double B_INCR = 0.293;
  static final double B_DECR = -0.293;
  static final double C_INCR = 0.733;
  static final double N_SCALAR = -0.74;

  static final Set<String> NEGATE = Set.of(
      "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "ain't", "aren't", "can't",
      "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt",
      "mustnt", "neither", "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't", "neednt",
      "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere", "oughtnt", "shant", "shouldnt",
      "uhuh", "wasnt", "werent", "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't", "without",
      "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite");

  static final Map<String, Double> BOOSTERS = new HashMap<>();

  static {
    for (String w : new String[] {"absolutely", "amazingly", "awfully", "completely", "considerable",
        "considerably", "decidedly", "deeply", "effing", "enormous", "enormously", "entirely", "especially",
        "exceptional", "exceptionally", "extreme", "extremely", "fabulously", "flipping", "flippin", "frackin",
        "fracking", "fricking", "frickin", "frigging", "friggin", "fully", "fuckin", "fucking", "fuggin",
        "fugging", "greatly", "hella", "highly", "hugely", "incredible", "incredibly", "intensely", "major",
        "majorly", "more", "most", "particularly", "purely", "quite", "really", "remarkably", "so",
        "substantially", "thoroughly", "total", "totally", "tremendous", "tremendously", "uber", "unbelievably",
        "unusually", "utter", "utterly", "very"}) {
      BOOSTERS.put(w, B_INCR);
    }
    for (String w : new String[] {"almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof",
        "kind-of", "less", "little", "marginal", "marginally", "occasional", "occasionally", "partly", "scarce",
        "scarcely", "slight", "slightly", "somewhat", "sort of", "sorta", "sortof", "sort-of"}) {
      BOOSTERS.put(w, B_DECR);
    }
  }

  static final Map<String, Double> SPECIAL_CASES = Map.of(
      "the shit", 3.0, "the bomb", 3.0, "bad ass", 1.5, "badass", 1.5, "bus stop", 0.0, "yeah right", -2.0,
      "kiss of death", -1.5, "to die for", 3.0, "beating heart", 3.1, "broken heart", -2.9);

  private static final String PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private final VaderLexicon lex;
  private final NewsRules news;
  /** Per-form facts, remembered by token text (bounded: emptied at {@link #MAX_MEMO} forms). */
  private final FormTable<Token> memo = new FormTable<>(MAX_MEMO, this::token);
  private static final int MAX_MEMO = 100_000;

  /** What scoring needs of one token form: computed once per form, not per occurrence. */
  private static final class Token {
    final String raw;
    final String lower;
    final boolean upper;
    final boolean booster;
    /** Lexicon valence (with the news lookups when they apply), or null. */
    final Double lexicon;
    /** Whether the form is a negator in some context (a cheap filter before the contextual check). */
    final boolean mayNegate;

    Token(String raw, String lower, boolean upper, boolean booster, Double lexicon, boolean mayNegate) {
      this.raw = raw;
      this.lower = lower;
      this.upper = upper;
      this.booster = booster;
      this.lexicon = lexicon;
      this.mayNegate = mayNegate;
    }
  }

  /** Plain VADER 3.3 behaviour, for fidelity checks and users who want it. */
  public static Vader plain() {
    return new Vader(VaderLexicon.get(), null);
  }

  /** VADER with lede's news rules: the default engine. */
  public static Vader forNews() {
    return new Vader(VaderLexicon.get(), NewsRules.defaults());
  }

  private static final ThreadLocal<Vader> NEWS_PER_THREAD = ThreadLocal.withInitial(Vader::forNews);

  /**
   * This thread's news engine: its token memo is kept across the tasks a Spark executor thread runs, so a
   * large vocabulary is learnt once per thread rather than once per task.
   */
  public static Vader forNewsOnThisThread() {
    return NEWS_PER_THREAD.get();
  }

  public Vader(VaderLexicon lex, NewsRules news) {
    this.lex = lex;
    this.news = news;
  }

  /** Scores one sentence (or any short text). */
  public SentimentScores score(String rawText) {
    String text = replaceEmoji(rawText).strip();
    Tokens tokens = tokens(text);
    Token[] facts = tokens.tokens();
    int n = facts.length;
    if (n == 0) {
      return SentimentScores.NEUTRAL;
    }
    String[] lower = new String[n];
    String[] raw = new String[n];
    int caps = 0;
    for (int i = 0; i < n; i++) {
      raw[i] = facts[i].raw;
      lower[i] = facts[i].lower;
      if (facts[i].upper) {
        caps++;
      }
    }
    boolean capDiff = caps > 0 && caps < n;
    double[] sentiments = new double[n];
    for (int i = 0; i < n; i++) {
      if (facts[i].booster) {
        continue;
      }
      if (i < n - 1 && lower[i].equals("kind") && lower[i + 1].equals("of")) {
        continue;
      }
      if (facts[i].lexicon != null) {
        sentiments[i] = valence(raw, lower, i, capDiff, facts[i].lexicon);
      } else if (news != null && NewsRules.isExcess(lower, i, tokens.punctuated())) {
        sentiments[i] = valence(raw, lower, i, capDiff, NewsRules.EXCESS);
      }
    }
    if (news != null) {
      scoreBareNegations(facts, lower, sentiments);
      if (text.indexOf('?') >= 0) {
        news.dampenQuestion(sentiments);
      }
    }
    butCheck(lower, sentiments);
    return scoreValence(sentiments, text);
  }

  private Token token(String raw) {
    String lower = raw.toLowerCase(Locale.ROOT);
    return new Token(raw, lower, isUpper(raw), BOOSTERS.containsKey(lower),
        news == null ? lex.valence(lower) : news.lookup(lex, lower),
        NEGATE.contains(lower) || lower.contains("n't") || news != null && NewsRules.mayNegate(lower));
  }

  private double valence(String[] tokens, String[] lower, int i, boolean capDiff, double lexicon) {
    double base = news == null ? lexicon
        : news.shifted(tokens, lower, i, news.valence(tokens, lower, i, lexicon, lex.valence(lower[i])));
    if (base == 0.0) {
      return 0.0;
    }
    int n = lower.length;
    double valence = base;
    if (lower[i].equals("no") && i != n - 1 && lex.contains(lower[i + 1])) {
      valence = 0.0;
    }
    if ((i > 0 && lower[i - 1].equals("no")) || (i > 1 && lower[i - 2].equals("no"))
        || (i > 2 && lower[i - 3].equals("no") && (lower[i - 1].equals("or") || lower[i - 1].equals("nor")))) {
      valence = base * N_SCALAR;
    }
    if (capDiff && isUpper(tokens[i])) {
      valence += valence > 0 ? C_INCR : -C_INCR;
    }
    for (int startI = 0; startI < 3; startI++) {
      int j = i - (startI + 1);
      if (i > startI && !lex.contains(lower[j])) {
        double s = scalarIncDec(tokens[j], lower[j], valence, capDiff);
        if (startI == 1 && s != 0) {
          s *= 0.95;
        } else if (startI == 2 && s != 0) {
          s *= 0.9;
        }
        valence += s;
        valence = negationCheck(valence, lower, startI, i);
        if (startI == 2) {
          valence = specialIdioms(valence, lower, i);
        }
      }
    }
    return leastCheck(valence, lower, i);
  }

  private static double scalarIncDec(String word, String lower, double valence, boolean capDiff) {
    Double b = BOOSTERS.get(lower);
    if (b == null) {
      return 0.0;
    }
    double scalar = valence < 0 ? -b : b;
    if (capDiff && isUpper(word)) {
      scalar += valence > 0 ? C_INCR : -C_INCR;
    }
    return scalar;
  }

  /**
   * A negator with no rated word among the three tokens after it (and no valence of its own) gets
   * {@link NewsRules#BARE_NEGATION}: "nobody forces people to smoke", "they haven't thought of it".
   */
  private void scoreBareNegations(Token[] facts, String[] lower, double[] sentiments) {
    int n = lower.length;
    for (int j = 0; j < n; j++) {
      if (!facts[j].mayNegate || sentiments[j] != 0 || !negated(lower, j)) {
        continue;
      }
      boolean rated = false;
      for (int q = j + 1; q <= Math.min(n - 1, j + 3) && !rated; q++) {
        rated = sentiments[q] != 0;
      }
      if (!rated) {
        sentiments[j] = NewsRules.BARE_NEGATION;
      }
    }
  }

  private boolean negated(String[] w, int j) {
    if (news != null && NewsRules.negatesNothing(w, j)) {
      return false;
    }
    return NEGATE.contains(w[j]) || w[j].contains("n't") || (news != null && news.negates(w, j));
  }

  private double negationCheck(double valence, String[] w, int startI, int i) {
    if (startI == 0) {
      if (negated(w, i - 1)) {
        valence *= N_SCALAR;
      }
    } else if (startI == 1) {
      if (w[i - 2].equals("never") && (w[i - 1].equals("so") || w[i - 1].equals("this"))) {
        valence *= 1.25;
      } else if (w[i - 2].equals("without") && w[i - 1].equals("doubt")) {
        // unchanged
      } else if (negated(w, i - 2)) {
        valence *= N_SCALAR;
      }
    } else {
      // as in vaderSentiment 3.3.x, where operator precedence makes "so"/"this" just before the word enough
      if (w[i - 3].equals("never") && (w[i - 2].equals("so") || w[i - 2].equals("this"))
          || w[i - 1].equals("so") || w[i - 1].equals("this")) {
        valence *= 1.25;
      } else if (w[i - 3].equals("without") && (w[i - 2].equals("doubt") || w[i - 1].equals("doubt"))) {
        // unchanged
      } else if (negated(w, i - 3)) {
        valence *= N_SCALAR;
      }
    }
    return valence;
  }

  private static double specialIdioms(double valence, String[] w, int i) {
    String oneZero = w[i - 1] + " " + w[i];
    String twoOneZero = w[i - 2] + " " + w[i - 1] + " " + w[i];
    String twoOne = w[i - 2] + " " + w[i - 1];
    String threeTwoOne = w[i - 3] + " " + w[i - 2] + " " + w[i - 1];
    String threeTwo = w[i - 3] + " " + w[i - 2];
    for (String seq : new String[] {oneZero, twoOneZero, twoOne, threeTwoOne, threeTwo}) {
      Double v = SPECIAL_CASES.get(seq);
      if (v != null) {
        valence = v;
        break;
      }
    }
    int n = w.length;
    if (n - 1 > i) {
      Double v = SPECIAL_CASES.get(w[i] + " " + w[i + 1]);
      if (v != null) {
        valence = v;
      }
    }
    if (n - 1 > i + 1) {
      Double v = SPECIAL_CASES.get(w[i] + " " + w[i + 1] + " " + w[i + 2]);
      if (v != null) {
        valence = v;
      }
    }
    for (String ngram : new String[] {threeTwoOne, threeTwo, twoOne}) {
      Double b = BOOSTERS.get(ngram);
      if (b != null) {
        valence += b;
      }
    }
    return valence;
  }

  private double leastCheck(double valence, String[] w, int i) {
    if (i > 1 && !lex.contains(w[i - 1]) && w[i - 1].equals("least")) {
      if (!w[i - 2].equals("at") && !w[i - 2].equals("very")) {
        valence *= N_SCALAR;
      }
    } else if (i > 0 && !lex.contains(w[i - 1]) && w[i - 1].equals("least")) {
      valence *= N_SCALAR;
    }
    return valence;
  }

  /** Words before the first "but" are halved, words after it raised by half. */
  private static void butCheck(String[] lower, double[] sentiments) {
    int bi = -1;
    for (int k = 0; k < lower.length; k++) {
      if (lower[k].equals("but")) {
        bi = k;
        break;
      }
    }
    if (bi < 0) {
      return;
    }
    for (int k = 0; k < sentiments.length; k++) {
      if (k < bi) {
        sentiments[k] *= 0.5;
      } else if (k > bi) {
        sentiments[k] *= 1.5;
      }
    }
  }

  private static SentimentScores scoreValence(double[] sentiments, String text) {
    double sum = 0;
    for (double s : sentiments) {
      sum += s;
    }
    double punct = punctuationEmphasis(text);
    if (sum > 0) {
      sum += punct;
    } else if (sum < 0) {
      sum -= punct;
    }
    double compound = normalize(sum);
    double pos = 0;
    double neg = 0;
    int neu = 0;
    for (double s : sentiments) {
      if (s > 0) {
        pos += s + 1;
      } else if (s < 0) {
        neg += s - 1;
      } else {
        neu++;
      }
    }
    if (pos > Math.abs(neg)) {
      pos += punct;
    } else if (pos < Math.abs(neg)) {
      neg -= punct;
    }
    double total = pos + Math.abs(neg) + neu;
    return new SentimentScores(compound, Math.abs(pos / total), Math.abs(neu / total), Math.abs(neg / total));
  }

  static double normalize(double score) {
    double norm = score / Math.sqrt(score * score + 15);
    return Math.max(-1.0, Math.min(1.0, norm));
  }

  private static double punctuationEmphasis(String text) {
    int ep = 0;
    int qm = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '!') {
        ep++;
      } else if (c == '?') {
        qm++;
      }
    }
    double amp = Math.min(ep, 4) * 0.292;
    if (qm > 1) {
      amp += qm <= 3 ? qm * 0.18 : 0.96;
    }
    return amp;
  }

  private String replaceEmoji(String text) {
    int ascii = 0;
    while (ascii < text.length() && text.charAt(ascii) < 0x80) {
      ascii++;
    }
    if (ascii == text.length()) {
      return text; // no emoji in ASCII text: the common case
    }
    StringBuilder out = null;
    boolean prevSpace = true;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      String desc = cp >= 0x80 ? lex.emoji.get(cp) : null;
      if (desc != null) {
        if (out == null) {
          out = new StringBuilder(text.length() + 32).append(text, 0, i);
        }
        if (!prevSpace) {
          out.append(' ');
        }
        out.append(desc);
        prevSpace = false;
      } else {
        if (out != null) {
          out.appendCodePoint(cp);
        }
        prevSpace = cp == ' ';
      }
      i += len;
    }
    return out == null ? text : out.toString();
  }

  /** Whitespace tokens; punctuation stripped from both ends unless that leaves two characters or fewer. */
  /** The tokens of a text and, for each, whether punctuation followed it ("too," and "too." end a clause). */
  private record Tokens(Token[] tokens, boolean[] punctuated) {}

  private Tokens tokens(String text) {
    List<Token> out = new ArrayList<>();
    boolean[] punctuated = new boolean[(text.length() + 1) / 2]; // tokens are at least a character and a space
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > s) {
        int a = s;
        int b = i;
        while (a < b && PUNCT.indexOf(text.charAt(a)) >= 0) {
          a++;
        }
        while (b > a && PUNCT.indexOf(text.charAt(b - 1)) >= 0) {
          b--;
        }
        punctuated[out.size()] = b < i;
        out.add(b - a <= 2 ? memo.get(text, s, i) : memo.get(text, a, b));
      }
    }
    return new Tokens(out.toArray(new Token[0]), Arrays.copyOf(punctuated, out.size()));
  }

  /** Python's str.isupper(): at least one cased character and no lower-case one. */
  static boolean isUpper(String s) {
    boolean cased = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128) {
        if (c >= 'a' && c <= 'z') {
          return false;
        }
        cased |= c >= 'A' && c <= 'Z';
        continue;
      }
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
        cased = true;
      }
    }
    return cased;
  }
}
