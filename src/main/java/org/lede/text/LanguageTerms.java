package org.lede.text;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * The terms of a text in German, French, Spanish, Italian, Dutch or Portuguese, for sentence similarity in
 * summaries: a word's Snowball stem (so "Häuser" and "Haus" are one term), or nothing for the language's stop
 * words (Lucene's default stop sets for each language). English keeps lede's own stemmer and stop words
 * ({@link Stemmer}, {@link Stopwords}), which the summariser was measured with.
 */
public final class LanguageTerms {
  private LanguageTerms() {}

  private record Language(Supplier<SnowballStemmer> stemmer, CharArraySet stopwords) {}

  private static final Map<String, Language> LANGUAGES = Map.of(
      "de", new Language(GermanStemmer::new, GermanAnalyzer.getDefaultStopSet()),
      "fr", new Language(FrenchStemmer::new, FrenchAnalyzer.getDefaultStopSet()),
      "es", new Language(SpanishStemmer::new, SpanishAnalyzer.getDefaultStopSet()),
      "it", new Language(ItalianStemmer::new, ItalianAnalyzer.getDefaultStopSet()),
      "nl", new Language(DutchStemmer::new, DutchAnalyzer.getDefaultStopSet()),
      "pt", new Language(PortugueseStemmer::new, PortugueseAnalyzer.getDefaultStopSet()));

  /** Whether {@code language} (an ISO 639-1 code) has terms of its own here. */
  public static boolean supports(String language) {
    return language != null && LANGUAGES.containsKey(language);
  }

  /**
   * The term function of a supported language: a word to its stem, or null for a stop word or a token
   * without letters. Each call makes a new function holding its own stemmer (a stemmer is not thread-safe):
   * keep one per thread.
   */
  public static Function<String, String> of(String language) {
    Language l = LANGUAGES.get(language);
    if (l == null) {
      throw new IllegalArgumentException("no terms for language " + language);
    }
    SnowballStemmer stemmer = l.stemmer().get();
    return word -> {
      String lower = word.toLowerCase(Locale.ROOT);
      if (!Words.hasLetter(lower) || l.stopwords().contains(lower)) {
        return null;
      }
      stemmer.setCurrent(lower);
      stemmer.stem();
      return stemmer.getCurrent();
    };
  }
}
