package org.lede.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.lede.readability.DaleChallList;
import org.lede.summary.Summarizer;
import org.lede.text.Language;
import org.lede.text.Syllables;
import org.lede.text.Words;

/**
 * What the analysis needs to know of one word form in ordinary (not all-capitals) text, computed once and
 * remembered: news vocabulary is Zipfian, so most tokens repeat a form seen before and cost one hash lookup
 * instead of a dictionary walk. One instance per {@link ArticleAnalyzer} (not thread-safe); the memo is
 * cleared when it reaches {@link #MAX_FORMS} forms, which bounds its memory (about 30 MB at most).
 */
final class WordFacts {
  static final int MAX_FORMS = 200_000;

  /** Facts about one word form; see {@link SentenceAnalysis#of} for how each is used. */
  static final class Facts {
    final int syllables;
    final int letters;
    final boolean capitalised;
    /** Complex for Fog unless a proper noun: three syllables or more, not hyphenated, a number or a URL. */
    final boolean complex;
    /** Unfamiliar for Dale-Chall unless a proper noun. */
    final boolean difficult;
    /** The summariser's term (stem of a content word), or null. */
    final String term;
    /** {@link Language#bitsOf}: function-word evidence for the language guess. */
    final int languageBits;

    Facts(String w) {
      syllables = Syllables.count(w, false);
      letters = Words.letterCount(w);
      capitalised = Words.isCapitalised(w);
      boolean url = Words.isUrlOrEmail(w);
      complex = syllables >= 3 && w.indexOf('-') < 0 && !Character.isDigit(w.charAt(0)) && !url
          && !SentenceAnalysis.onlyThroughSuffix(w, false);
      difficult = isDifficult(w, false);
      term = Summarizer.term(w);
      languageBits = Language.bitsOf(w.toLowerCase(Locale.ROOT));
    }
  }

  /** Unfamiliar for Dale-Chall (proper nouns aside): letters, not a URL or an acronym, not on the list. */
  static boolean isDifficult(String w, boolean allCapsSentence) {
    return Words.hasLetter(w) && !Words.isUrlOrEmail(w)
        && !(Words.isAllCaps(w) && !allCapsSentence && w.length() > 1)
        && !DaleChallList.isFamiliar(w.replace("'s", "").replace("'", ""));
  }

  private final HashMap<String, Facts> forms = new HashMap<>();

  /** Facts of each word of a sentence. */
  Facts[] of(List<String> words) {
    Facts[] out = new Facts[words.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = of(words.get(k));
    }
    return out;
  }

  Facts of(String word) {
    Facts f = forms.get(word);
    if (f == null) {
      if (forms.size() >= MAX_FORMS) {
        forms.clear();
      }
      f = new Facts(word);
      forms.put(word, f);
    }
    return f;
  }
}
