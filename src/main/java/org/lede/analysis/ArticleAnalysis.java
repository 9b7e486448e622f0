package org.lede.analysis;

import java.util.List;
import org.lede.readability.LanguageReadability;
import org.lede.readability.LanguageSyllables;
import org.lede.readability.Readability;
import org.lede.readability.TextCounts;
import org.lede.sentiment.SentimentScores;

/** One article's results, with its paragraphs. */
public record ArticleAnalysis(
    String language,
    TextCounts counts,
    int sentenceCount,
    Readability.Scores readability,
    SentimentScores sentiment,
    String sentimentLabel,
    Integer mostPositiveParagraph,
    Integer mostNegativeParagraph,
    String summary,
    int[] summarySentenceIndexes,
    List<ParagraphAnalysis> paragraphs,
    List<String> flags) {

  /**
   * LIX over the whole text, in any language written with spaces between words ({@link Readability#lix});
   * null in Chinese, Japanese, Korean, Thai and the like.
   */
  public Double lix() {
    return Readability.countsLongWords(language) ? Readability.lix(counts) : null;
  }

  /** RIX over the whole text, as {@link #lix()} ({@link Readability#rix}). */
  public Double rix() {
    return Readability.countsLongWords(language) ? Readability.rix(counts) : null;
  }

  /**
   * Flesch's Reading Ease in the article's language's own adaptation ({@link LanguageReadability#fleschEase}:
   * Amstad for German, Kandel-Moles for French, Fernández-Huerta for Spanish, Flesch-Vacca for Italian,
   * Douma for Dutch, Martins for Portuguese; Flesch's own for English) over the article and over each of its
   * paragraphs, with the formula's name: the one reading-ease scale every supported language has. Counted
   * with the language's syllables ({@link LanguageSyllables}); none in other languages.
   */
  public LanguageEases languageEases() {
    int n = paragraphs.size();
    LanguageReadability.Ease[] byParagraph = new LanguageReadability.Ease[n];
    if ("en".equals(language)) {
      for (int p = 0; p < n; p++) {
        Double f = paragraphs.get(p).readability().fleschReadingEase();
        byParagraph[p] = f == null ? LanguageReadability.Ease.NONE : new LanguageReadability.Ease(FLESCH, f);
      }
      Double f = readability.fleschReadingEase();
      return new LanguageEases(f == null ? LanguageReadability.Ease.NONE : new LanguageReadability.Ease(FLESCH, f),
          byParagraph);
    }
    if (!LanguageSyllables.supports(language)) {
      java.util.Arrays.fill(byParagraph, LanguageReadability.Ease.NONE);
      return new LanguageEases(LanguageReadability.Ease.NONE, byParagraph);
    }
    LanguageReadability.Counts all = LanguageReadability.NONE;
    for (int p = 0; p < n; p++) {
      List<SentenceAnalysis> sentences = paragraphs.get(p).sentences();
      List<String> texts = new java.util.ArrayList<>(sentences.size());
      sentences.forEach(s -> texts.add(s.text));
      LanguageReadability.Counts c = LanguageReadability.count(language, texts);
      byParagraph[p] = LanguageReadability.fleschEase(language, c);
      all = all.plus(c);
    }
    return new LanguageEases(LanguageReadability.fleschEase(language, all), byParagraph);
  }

  /** English's formula name in {@link #languageEases}. */
  public static final String FLESCH = "flesch";

  /** {@link #languageEases}: the article's and each paragraph's, by paragraph index. */
  public record LanguageEases(LanguageReadability.Ease article, LanguageReadability.Ease[] paragraphs) {}

  /** LIX of one of its paragraphs, as {@link #lix()}. */
  public Double lix(ParagraphAnalysis p) {
    return Readability.countsLongWords(language) ? p.lix() : null;
  }

  /** RIX of one of its paragraphs, as {@link #rix()}. */
  public Double rix(ParagraphAnalysis p) {
    return Readability.countsLongWords(language) ? p.rix() : null;
  }
}
