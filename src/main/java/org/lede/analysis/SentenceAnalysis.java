package org.lede.analysis;

import java.util.Locale;
import org.lede.readability.TextCounts;
import org.lede.sentiment.SentimentScores;
import org.lede.text.SentenceTokens;
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

  /** Counts for one sentence, given its words ({@code t}) and their facts ({@code w}). */
  static SentenceAnalysis of(String text, SentenceTokens t, SentenceWords w, SentimentScores sentiment) {
    TextCounts c = new TextCounts();
    int n = w.size;
    int[] syl = new int[n];
    c.sentences = n == 0 ? 0 : 1;
    c.words = n;
    boolean allCaps = isAllCapsSentence(t);
    for (int k = 0; k < n; k++) {
      int s;
      boolean complex;
      boolean difficult;
      if (allCaps) { // a headline in capitals: words are read as words, and none is taken for a proper noun
        String word = t.word(k);
        s = Syllables.count(word, true);
        int letters = Words.letterCount(word);
        c.letters += letters;
        c.longWords += letters > 6 ? 1 : 0;
        complex = WordFacts.isComplex(word, s, true);
        difficult = WordFacts.isDifficult(word, true);
      } else {
        int bits = w.bits[k];
        boolean properNoun = k > 0 && (bits & WordFacts.CAPITALISED) != 0;
        s = w.syllables[k];
        c.letters += w.letters[k];
        c.longWords += w.letters[k] > 6 ? 1 : 0;
        complex = (bits & WordFacts.COMPLEX) != 0 && !properNoun;
        difficult = (bits & WordFacts.DIFFICULT) != 0 && !properNoun;
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

  /** Three words or more with letters, and every one of them in capitals. */
  private static boolean isAllCapsSentence(SentenceTokens t) {
    int caps = 0;
    for (int k = 0; k < t.words(); k++) {
      if (t.wordHasLetter(k)) {
        if (!t.wordAllCaps(k)) {
          return false;
        }
        caps++;
      }
    }
    return caps >= 3;
  }
}
