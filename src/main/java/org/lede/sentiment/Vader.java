package org.lede.sentiment;

import org.lede.text.SentenceTokens;
import org.lede.text.Tokenizer;

/**
 * The VADER method (Hutto &amp; Gilbert 2014) as in vaderSentiment 3.3.x, written for lede: whitespace tokens
 * with surrounding punctuation stripped, lexicon valence and the rules of {@link VaderRules}, scored by
 * {@link VaderScore}. Emoji are replaced by their descriptions before a sentence is read. With
 * {@link NewsRules} it is lede's news engine; without, plain VADER 3.3. Stateless and thread-safe: the
 * per-form facts come with the tokens ({@link SentimentTokens}).
 */
public final class Vader {
  private static final Vader NEWS = new Vader(NewsRules.defaults());
  private static final Vader PLAIN = new Vader(null);

  private final VaderRules rules;
  private final boolean news;

  private Vader(NewsRules news) {
    this.rules = new VaderRules(news);
    this.news = news != null;
  }

  /**
   * Plain VADER 3.3 behaviour: the news engine without its news rules. Kept so that the method's fidelity to
   * VADER 3.3 is tested apart from lede's rules (VaderTest, NewsRulesTest).
   */
  static Vader plain() {
    return PLAIN;
  }

  /** VADER with lede's news rules: the default engine. */
  public static Vader forNews() {
    return NEWS;
  }

  /** Scores one sentence, given its tokens. */
  public SentimentScores score(SentimentTokens t) {
    int n = t.size;
    if (n == 0) {
      return SentimentScores.NEUTRAL;
    }
    int caps = 0;
    for (int i = 0; i < n; i++) {
      if (t.has(i, SentimentTokens.UPPER)) {
        caps++;
      }
    }
    double[] sentiments = t.scores();
    rules.valences(t, caps > 0 && caps < n, sentiments);
    rules.newsAdjustments(t, sentiments);
    VaderRules.butCheck(t, sentiments);
    return VaderScore.of(sentiments, n, t.exclamations, t.questions);
  }

  /** Scores one sentence (or any short text), tokenising it and looking each token's facts up directly. */
  public SentimentScores score(String text) {
    return score(tokens(describeEmoji(text)));
  }

  /** The text's tokens with their facts, each computed afresh (for a memo, see the analysis vocabulary). */
  static SentimentTokens tokens(String text) {
    SentenceTokens st = Tokenizer.tokenize(text, new SentenceTokens());
    SentimentTokens t = new SentimentTokens();
    t.clear(st.exclamations(), st.questions());
    for (int k = 0; k < st.chunks(); k++) {
      String chunk = st.chunk(k);
      t.add(TokenFacts.of(chunk.toLowerCase(java.util.Locale.ROOT)), text, st.chunkStart(k), st.chunkEnd(k),
          st.chunkPunctuated(k));
    }
    return t;
  }

  /** Whether this is the news engine (it reads {@link TokenFacts#newsValence}). */
  public boolean news() {
    return news;
  }

  /**
   * The text with each emoji replaced by its description, space-separated, as VADER reads it; the same
   * instance when there is none (always for ASCII text).
   */
  public static String describeEmoji(String text) {
    int ascii = 0;
    while (ascii < text.length() && text.charAt(ascii) < 0x80) {
      ascii++;
    }
    if (ascii == text.length()) {
      return text;
    }
    VaderLexicon lex = VaderLexicon.get();
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

  /** Python's str.isupper() of {@code s[from, to)}: at least one cased character and no lower-case one. */
  static boolean isUpper(String s, int from, int to) {
    boolean cased = false;
    for (int i = from; i < to; i++) {
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
