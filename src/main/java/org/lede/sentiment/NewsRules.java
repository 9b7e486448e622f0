package org.lede.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * lede's adjustments of the VADER method for news (src/docs/measures.md, "Sentiment for news"). News is written in a
 * neutral register and a plain lexicon over-reads it:
 * <ol>
 *   <li><b>News senses.</b> Words whose usual sense in news is not an evaluation get a new valence from
 *       {@code news-adjustments.txt} (institutions: "party", "supreme"; economy: "crude", "interest";
 *       law: "charges", "fine"; discourse: "well", "clearly").
 *   <li><b>Names.</b> A capitalised lexicon word inside a sentence is taken for part of a name
 *       ("United Nations", "Justice Department", "Best") and scores 0. Sentence-initial words, words after
 *       a colon or an opening quote, and ALL-CAPS words are not affected.
 *   <li><b>"like"</b> is a preposition unless a pronoun or "would" comes before it ("we'd like").
 *   <li><b>More negators:</b> "nobody", "no one", "neither", "hardly", "barely" and "scarcely" negate like
 *       "not" ("No one was hurt", "hardly inspires confidence").
 *   <li><b>Remedies:</b> a harm word after a remedy verb ("fight crime", "prevent disease") is scored at
 *       {@link #SHIFT} times its valence.
 *   <li><b>Questions:</b> positive words in a sentence with a question mark count half: editorial questions
 *       are mostly rhetorical and critical.
 *   <li><b>Bare negation:</b> a negator with no rated word in its reach scores {@link #BARE_NEGATION}
 *       ("nobody forces people to smoke"): negation is itself mildly negative.
 *   <li><b>News words and word forms:</b> words the VADER lexicon lacks that carry clear valence in news
 *       (harm, illness, crime, conflict, economy, improvement) are added from the same file, and a word
 *       missing from both is looked up by the stem of a regular inflection.
 * </ol>
 */
public final class NewsRules {
  static final Set<String> LIKE_SUBJECTS = Set.of("i", "we", "you", "they", "would", "i'd", "we'd",
      "you'd", "they'd", "don't", "didn't", "doesn't", "really", "people", "voters", "americans");

  private final Map<String, Double> overrides;
  private final Map<String, Double> afinn;

  private NewsRules(Map<String, Double> overrides, Map<String, Double> afinn) {
    this.overrides = overrides;
    this.afinn = afinn;
  }

  /**
   * AFINN valences (-5..+5) to VADER's scale: the least-squares slope over the 2,649 words both lists rate
   * (0.767; the two agree with r 0.92 on those words).
   */
  static final double AFINN_SCALE = 0.767;

  private static final NewsRules DEFAULT = new NewsRules(load("news-adjustments.txt", 1.0),
      load("afinn-165.tsv", AFINN_SCALE));

  public static NewsRules defaults() {
    return DEFAULT;
  }

  /** Number of adjusted words. */
  public int size() {
    return overrides.size();
  }

  /**
   * The valence to use for token i.
   *
   * @param adjusted the valence from {@link #lookup}
   * @param vader VADER's own lexicon valence, or NaN
   */
  double valence(SentimentTokens t, int i, double adjusted, double vader) {
    if (i > 0 && t.code(i - 1) == RuleWords.NO && negatesNothing(t, i - 1)) {
      return 0.0; // the "doubt" of "no doubt" is certainty, the "wonder" of "no wonder" is no wonder
    }
    if (t.code(i) == RuleWords.LIKE && !Double.isNaN(vader) && i > 0 && t.has(i - 1, TokenFacts.LIKE_SUBJECT)) {
      return vader;
    }
    return isNameWord(t, i) ? 0.0 : adjusted;
  }

  /**
   * The lexicon valence of a word: VADER's lexicon, then the news additions, then the same for a regular
   * inflection's stem ("deaths" as "death", "crumbling" as "crumble", "worries" as "worry").
   */
  Double lookup(VaderLexicon lex, String lower) {
    Double v = direct(lex, lower);
    if (v != null) {
      return v;
    }
    int n = lower.length();
    if (n < 5) {
      return null;
    }
    String[][] rules = {{"ies", "y"}, {"ied", "y"}, {"es", ""}, {"s", ""}, {"ed", ""}, {"ed", "e"}, {"d", ""},
        {"ing", ""}, {"ing", "e"}};
    for (String[] r : rules) {
      if (lower.endsWith(r[0])) {
        String stem = lower.substring(0, n - r[0].length()) + r[1];
        v = direct(lex, stem);
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  /** Every word the news rules rate or adjust. */
  java.util.Set<String> words() {
    java.util.Set<String> w = new java.util.HashSet<>(overrides.keySet());
    w.addAll(afinn.keySet());
    w.addAll(REMEDIES);
    w.addAll(LIKE_SUBJECTS);
    return w;
  }

  private Double direct(VaderLexicon lex, String w) {
    Double o = overrides.get(w);
    if (o != null) {
      return o;
    }
    Double v = lex.valence(w);
    return v != null ? v : afinn.get(w);
  }

  /**
   * Remedy verbs shift a following harm word: "fight crime", "prevent disease", "cut unemployment" report an
   * effort against something bad, not something bad. A negative word with one of these up to three tokens
   * before it (no sentence punctuation between) is scored at {@link #SHIFT} times its valence.
   */
  static final Set<String> REMEDIES = Set.of("fight", "fights", "fighting", "fought", "combat", "combats",
      "combating", "prevent", "prevents", "prevented", "preventing", "prevention", "reduce", "reduces",
      "reduced", "reducing", "cut", "cuts", "cutting", "curb", "curbs", "curbing", "overcome", "overcame",
      "overcoming", "end", "ends", "ending", "ended", "eliminate", "eliminated", "eliminating", "stop", "stops",
      "stopped", "stopping", "ban", "banned", "banning", "prosecute", "prosecuted", "prosecuting", "cure",
      "cured", "treat", "treating", "treated", "detect", "detection", "against", "avoid", "avoided",
      "avoiding", "clean", "cleaning", "cleaned", "protect", "protects", "protecting", "recover", "recovering",
      "survived", "survive", "surviving", "relieve", "relieved", "ease", "eased", "easing", "resolve",
      "resolved", "solve", "solved", "tackle", "tackling", "excising", "remove", "removed", "removing");
  static final double SHIFT = -0.3;

  double shifted(SentimentTokens t, int i, double valence) {
    if (valence >= 0) {
      return valence;
    }
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (".!?;:".indexOf(t.last[j]) >= 0) {
        return valence;
      }
      if (t.has(j, TokenFacts.REMEDY)) {
        return valence * SHIFT;
      }
    }
    return valence;
  }

  /** Weight of positive words in a question ("Is baseball any smarter?" asks, it does not praise). */
  static final double QUESTION_POSITIVE = 0.5;

  void dampenQuestion(double[] sentiments, int n) {
    for (int i = 0; i < n; i++) {
      if (sentiments[i] > 0) {
        sentiments[i] *= QUESTION_POSITIVE;
      }
    }
  }

  /**
   * Negators of VADER's list that negate nothing after them: the idioms "not only (... but also)", "never
   * mind", "no doubt" and "no wonder", and "despite", which concedes ("despite the conviction") rather than
   * denies.
   */
  static boolean negatesNothing(SentimentTokens t, int j) {
    int w = t.code(j);
    if (w == RuleWords.DESPITE) {
      return true;
    }
    if (w == 0 || j + 1 >= t.size) {
      return false;
    }
    int next = t.code(j + 1);
    return w == RuleWords.NOT && next == RuleWords.ONLY || w == RuleWords.NEVER && next == RuleWords.MIND
        || w == RuleWords.NO && (next == RuleWords.DOUBT || next == RuleWords.WONDER);
  }

  /**
   * Valence of a negation that negates no rated word. Negation is itself pragmatically negative (Potts 2010,
   * "On the negativity of negation": negated sentences are markedly more frequent in negative reviews), and
   * an editorial's "they haven't thought of it" or "nobody forces people to smoke" is read as a complaint.
   * The value is that of a weak lexicon word; 0.3 to 1.0 measure the same on the development set.
   */
  static final double BARE_NEGATION = -0.5;

  /** Valence of "too" before what it qualifies: excess is a complaint ("too late", "cost too much"). */
  static final double EXCESS = -1.0;

  /**
   * "too" qualifying the next word, unless punctuation follows it, where it means "also" ("He came, too.").
   * Negation applies as to any word: "not too bad" is mild praise.
   */
  static boolean isExcess(SentimentTokens t, int i) {
    return t.code(i) == RuleWords.TOO && i + 1 < t.size && !t.punctuated[i];
  }

  /** Whether {@link #negates} can hold for this word in some context. */
  static boolean mayNegate(String w) {
    return w.equals("nobody") || w.equals("neither") || w.equals("hardly") || w.equals("barely")
        || w.equals("scarcely") || w.equals("one") || w.equals("few");
  }

  /** Extra negators, on top of VADER's list: "one" only in "no one", "few" except in "a few". */
  boolean negates(SentimentTokens t, int j) {
    if (!t.has(j, TokenFacts.NEWS_NEGATOR)) {
      return false;
    }
    int w = t.code(j);
    int prev = j > 0 ? t.code(j - 1) : 0;
    return w == RuleWords.ONE ? prev == RuleWords.NO : !(w == RuleWords.FEW && prev == RuleWords.A);
  }

  /**
   * A capitalised word inside a sentence is part of a name, unless it is in capitals, opens a quote, or
   * follows sentence punctuation, a colon or an opening quote or bracket.
   */
  static boolean isNameWord(SentimentTokens t, int i) {
    if (i == 0 || !t.has(i, SentimentTokens.FIRST_UPPER) || t.has(i, SentimentTokens.UPPER)) {
      return false;
    }
    return ".!?:;\"\u201C\u2018(".indexOf(t.last[i - 1]) < 0 && !t.has(i, SentimentTokens.QUOTE_FIRST);
  }

  private static Map<String, Double> load(String resource, double scale) {
    Map<String, Double> m = new HashMap<>();
    InputStream in = NewsRules.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        m.put(f[0], scale * Double.parseDouble(f[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }
}
