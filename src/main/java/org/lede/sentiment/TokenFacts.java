package org.lede.sentiment;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the VADER method and lede's news rules need to know of one lower-case token form, computed once per
 * form (in the shared vocabulary, or in an analysis's memo for forms it lacks): lexicon valences, booster
 * direction and the word-list memberships the rules test. The word lists of the method live here.
 */
public final class TokenFacts {
  /** Flag: a booster that raises the valence of the word after it ("very"). */
  public static final int BOOSTER_UP = 1;
  /** Flag: a dampener that lowers it ("slightly"). */
  public static final int BOOSTER_DOWN = 1 << 1;
  /** Flag: in the VADER lexicon itself. */
  public static final int IN_LEXICON = 1 << 2;
  /** Flag: a VADER negator ("not", "never", "n't" forms). */
  public static final int NEGATOR = 1 << 3;
  /** Flag: one of the news rules' extra negators in some context ("nobody", "few", "one" of "no one"). */
  public static final int NEWS_NEGATOR = 1 << 4;
  /** Flag: a word of a special idiom or multi-word booster ("kiss of death", "kind of"). */
  public static final int IDIOM_WORD = 1 << 5;
  /** Flag: a subject before which "like" is a verb ("we", "would"). */
  public static final int LIKE_SUBJECT = 1 << 6;
  /** Flag: a remedy verb ("fight", "prevent") that turns a following harm word ({@link NewsRules}). */
  public static final int REMEDY = 1 << 7;
  /** The {@link RuleWords} code sits in bits 8-15 of the flags. */
  static final int CODE_SHIFT = 8;

  static final double B_INCR = 0.293;
  static final double B_DECR = -0.293;

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

  /** Words of the multi-word idioms and boosters: only a token next to one of them can start a match. */
  private static final Set<String> IDIOM_WORDS = idiomWords();

  private static Set<String> idiomWords() {
    Set<String> s = new java.util.HashSet<>();
    for (String k : SPECIAL_CASES.keySet()) {
      s.addAll(java.util.Arrays.asList(k.split(" ")));
    }
    for (String k : BOOSTERS.keySet()) {
      if (k.indexOf(' ') > 0) {
        s.addAll(java.util.Arrays.asList(k.split(" ")));
      }
    }
    return Set.copyOf(s);
  }

  public final String lower;
  /** The flags above, and the form's {@link RuleWords} code. */
  public final int flags;
  /** VADER's own lexicon valence, or NaN. */
  public final double plainValence;
  /** The valence with the news rules' look-ups (news senses, news words, AFINN, word forms), or NaN. */
  public final double newsValence;

  private TokenFacts(String lower, int flags, double plainValence, double newsValence) {
    this.lower = lower;
    this.flags = flags;
    this.plainValence = plainValence;
    this.newsValence = newsValence;
  }

  /** The facts of a lower-case token form. */
  public static TokenFacts of(String lower) {
    VaderLexicon lex = VaderLexicon.get();
    Double plain = lex.valence(lower);
    Double news = NewsRules.defaults().lookup(lex, lower);
    Double b = BOOSTERS.get(lower);
    int flags = (b == null ? 0 : b > 0 ? BOOSTER_UP : BOOSTER_DOWN)
        | (lex.contains(lower) ? IN_LEXICON : 0)
        | (NEGATE.contains(lower) || lower.contains("n't") ? NEGATOR : 0)
        | (NewsRules.mayNegate(lower) ? NEWS_NEGATOR : 0)
        | (IDIOM_WORDS.contains(lower) ? IDIOM_WORD : 0)
        | (NewsRules.LIKE_SUBJECTS.contains(lower) ? LIKE_SUBJECT : 0)
        | (NewsRules.REMEDIES.contains(lower) ? REMEDY : 0)
        | RuleWords.code(lower) << CODE_SHIFT;
    return new TokenFacts(lower, flags, plain == null ? Double.NaN : plain, news == null ? Double.NaN : news);
  }

  /** The forms that the method's word lists name: every one of them belongs in a vocabulary. */
  public static Set<String> listedForms() {
    Set<String> s = new java.util.HashSet<>(NEGATE);
    for (String k : BOOSTERS.keySet()) {
      if (k.indexOf(' ') < 0) {
        s.add(k);
      }
    }
    s.addAll(IDIOM_WORDS);
    s.addAll(VaderLexicon.get().valence.keySet());
    s.addAll(NewsRules.defaults().words());
    return s;
  }
}
