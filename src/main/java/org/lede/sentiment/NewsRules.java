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
 * lede's adjustments of the VADER method for news (README, "Sentiment for news"). News is written in a
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
  private static final Set<String> LIKE_SUBJECTS = Set.of("i", "we", "you", "they", "would", "i'd", "we'd",
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
   * @param raw the tokens as written (case kept)
   * @param lower the same tokens in lower case
   * @param adjusted the valence from {@link #lookup}
   * @param vader VADER's own lexicon valence, or null
   */
  double valence(String[] raw, String[] lower, int i, double adjusted, Double vader) {
    if (i > 0 && lower[i - 1].equals("no") && negatesNothing(lower, i - 1)) {
      return 0.0; // the "doubt" of "no doubt" is certainty, the "wonder" of "no wonder" is no wonder
    }
    if (lower[i].equals("like") && vader != null && i > 0 && LIKE_SUBJECTS.contains(lower[i - 1])) {
      return vader;
    }
    return isNameWord(raw, i) ? 0.0 : adjusted;
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

  double shifted(String[] raw, String[] lower, int i, double valence) {
    if (valence >= 0) {
      return valence;
    }
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      String prev = raw[j];
      if (!prev.isEmpty() && ".!?;:".indexOf(prev.charAt(prev.length() - 1)) >= 0) {
        return valence;
      }
      if (REMEDIES.contains(lower[j])) {
        return valence * SHIFT;
      }
    }
    return valence;
  }

  /** Weight of positive words in a question ("Is baseball any smarter?" asks, it does not praise). */
  static final double QUESTION_POSITIVE = 0.5;

  void dampenQuestion(double[] sentiments) {
    for (int i = 0; i < sentiments.length; i++) {
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
  static boolean negatesNothing(String[] lower, int j) {
    String w = lower[j];
    if (w.equals("despite")) {
      return true;
    }
    if (j + 1 >= lower.length) {
      return false;
    }
    String next = lower[j + 1];
    return w.equals("not") && next.equals("only") || w.equals("never") && next.equals("mind")
        || w.equals("no") && (next.equals("doubt") || next.equals("wonder"));
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
  static boolean isExcess(String[] lower, int i, boolean[] punctuated) {
    return lower[i].equals("too") && i + 1 < lower.length && !punctuated[i];
  }

  /** Whether {@link #negates} can hold for this word in some context. */
  static boolean mayNegate(String w) {
    return w.equals("nobody") || w.equals("neither") || w.equals("hardly") || w.equals("barely")
        || w.equals("scarcely") || w.equals("one") || w.equals("few");
  }

  /** Extra negators, on top of VADER's list: "one" only in "no one", "few" except in "a few". */
  boolean negates(String[] lower, int j) {
    String w = lower[j];
    if (!mayNegate(w)) {
      return false;
    }
    String prev = j > 0 ? lower[j - 1] : "";
    return w.equals("one") ? prev.equals("no") : !(w.equals("few") && prev.equals("a"));
  }

  static boolean isNameWord(String[] raw, int i) {
    if (i == 0) {
      return false;
    }
    String t = raw[i];
    if (t.isEmpty() || !Character.isUpperCase(t.charAt(0)) || Vader.isUpper(t)) {
      return false;
    }
    String prev = raw[i - 1];
    if (prev.isEmpty()) {
      return false;
    }
    char last = prev.charAt(prev.length() - 1);
    return ".!?:;\"\u201C\u2018(".indexOf(last) < 0 && !t.startsWith("\"") && !t.startsWith("\u201C");
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
