package org.lede.analysis;

import java.util.Locale;
import org.lede.readability.TextCounts;
import org.lede.sentiment.SentimentScores;
import org.lede.text.Syllables;
import org.lede.text.Words;

/** One sentence: its text, readability counts, syllables per word and sentiment. */
public final class SentenceAnalysis {
  public final String text;
  public final TextCounts counts;
  public final int[] syllables;
  public final SentimentScores sentiment;

  SentenceAnalysis(String text, TextCounts counts, int[] syllables, SentimentScores sentiment) {
    this.text = text;
    this.counts = counts;
    this.syllables = syllables;
    this.sentiment = sentiment;
  }

  /** Counts for one sentence, given its words and their facts ({@link WordFacts}). */
  static SentenceAnalysis of(String text, WordFacts.Facts[] facts, SentimentScores sentiment) {
    TextCounts c = new TextCounts();
    int[] syl = new int[facts.length];
    c.sentences = facts.length == 0 ? 0 : 1;
    c.words = facts.length;
    boolean allCaps = isAllCapsSentence(facts);
    for (int k = 0; k < facts.length; k++) {
      String w = facts[k].word;
      int s;
      boolean complex;
      boolean difficult;
      if (allCaps) { // a headline in capitals: words are read as words, and none is taken for a proper noun
        s = Syllables.count(w, true);
        c.letters += Words.letterCount(w);
        complex = WordFacts.isComplex(w, s, true);
        difficult = WordFacts.isDifficult(w, true);
      } else {
        WordFacts.Facts f = facts[k];
        boolean properNoun = k > 0 && f.capitalised;
        s = f.syllables;
        c.letters += f.letters;
        complex = f.complex && !properNoun;
        difficult = f.difficult && !properNoun;
      }
      syl[k] = s;
      c.syllables += s;
      if (s >= 3) {
        c.polysyllables++;
      }
      if (complex) {
        c.complexWords++;
      }
      if (difficult) {
        c.difficultWords++;
      }
    }
    return new SentenceAnalysis(text, c, syl, sentiment);
  }

  /** A word that reaches three syllables only through an -es, -ed or -ing ending is not complex (Fog). */
  static boolean onlyThroughSuffix(String w, boolean allCaps) {
    String l = w.toLowerCase(Locale.ROOT);
    String base;
    if (l.endsWith("ing") && l.length() > 5) {
      base = l.substring(0, l.length() - 3);
    } else if ((l.endsWith("ed") || l.endsWith("es")) && l.length() > 4) {
      base = l.substring(0, l.length() - 2);
    } else {
      return false;
    }
    int plain = Syllables.count(base, allCaps);
    int withE = Syllables.count(base + "e", allCaps);
    return Math.min(plain, withE) < 3;
  }

  private static boolean isAllCapsSentence(WordFacts.Facts[] facts) {
    int caps = 0;
    for (WordFacts.Facts f : facts) {
      String w = f.word;
      if (Words.hasLetter(w)) {
        if (!Words.isAllCaps(w)) {
          return false;
        }
        caps++;
      }
    }
    return caps >= 3;
  }
}
