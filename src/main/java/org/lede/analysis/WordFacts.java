package org.lede.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lede.readability.DaleChallList;
import org.lede.summary.Summarizer;
import org.lede.text.FormTable;
import org.lede.text.Language;
import org.lede.text.Syllables;
import org.lede.text.Words;

/**
 * What the analysis needs to know of one word form in ordinary (not all-capitals) text, computed once and
 * remembered: news vocabulary is Zipfian, so most tokens repeat a form seen before and cost one hash lookup
 * and no allocation ({@link FormTable}) instead of a dictionary walk. One instance per thread
 * ({@link #forThisThread}; not thread-safe); the memo is emptied when it reaches {@link #MAX_FORMS} forms,
 * which bounds its memory (about 25 MB at most; 17 MB for 70,000 forms).
 */
final class WordFacts {
  static final int MAX_FORMS = 100_000;

  /** Facts about one word form; see {@link SentenceAnalysis#of} for how each is used. */
  static final class Facts {
    /** The word as {@link Words#of} gives it. */
    final String word;
    final int syllables;
    final int letters;
    final boolean capitalised;
    /** Complex for Fog unless a proper noun ({@link #isComplex}). */
    final boolean complex;
    /** Unfamiliar for Dale-Chall unless a proper noun. */
    final boolean difficult;
    /** The summariser's term (stem of a content word), or null; one object per stem. */
    final Summarizer.Term term;
    /** {@link Language#bitsOf}: function-word evidence for the language guess. */
    final int languageBits;

    Facts(String w, Map<String, Summarizer.Term> terms) {
      word = w;
      syllables = Syllables.count(w, false);
      letters = Words.letterCount(w);
      capitalised = Words.isCapitalised(w);
      complex = isComplex(w, syllables, false);
      difficult = isDifficult(w, false);
      String stem = Summarizer.term(w);
      // forms too long for the memo are not kept, and neither are their stems
      term = stem == null ? null
          : w.length() > FormTable.MAX_FORM_CHARS ? new Summarizer.Term(stem)
          : terms.computeIfAbsent(stem, Summarizer.Term::new);
      languageBits = Language.bitsOf(w.toLowerCase(Locale.ROOT));
    }
  }

  /** Complex for Fog (proper nouns aside): three syllables or more, not hyphenated, a number or a URL. */
  static boolean isComplex(String w, int syllables, boolean allCapsSentence) {
    return syllables >= 3 && w.indexOf('-') < 0 && !Character.isDigit(w.charAt(0)) && !Words.isUrlOrEmail(w)
        && !SentenceAnalysis.onlyThroughSuffix(w, allCapsSentence);
  }

  /** Unfamiliar for Dale-Chall (proper nouns aside): letters, not a URL or an acronym, not on the list. */
  static boolean isDifficult(String w, boolean allCapsSentence) {
    return Words.hasLetter(w) && !Words.isUrlOrEmail(w)
        && !(Words.isAllCaps(w) && !allCapsSentence && w.length() > 1)
        && !DaleChallList.isFamiliar(w.replace("'s", "").replace("'", ""));
  }

  private static final ThreadLocal<WordFacts> PER_THREAD = ThreadLocal.withInitial(WordFacts::new);

  /** This thread's memo: Spark runs many tasks on each executor thread, and they share what it learnt. */
  static WordFacts forThisThread() {
    return PER_THREAD.get();
  }

  /** One {@link Summarizer.Term} per stem; emptied with the forms' table, so no stem has two. */
  private final Map<String, Summarizer.Term> terms = new HashMap<>();
  private final FormTable<Facts> forms =
      new FormTable<>(MAX_FORMS, raw -> new Facts(Words.normalise(raw), terms), terms::clear);

  /** Facts of each word of a sentence, in order. */
  Facts[] sentence(String text) {
    List<Facts> out = new ArrayList<>();
    Words.forEach(text, 0, text.length(), (start, end) -> out.add(forms.get(text, start, end)));
    return out.toArray(new Facts[0]);
  }
}
