package org.lede.analysis;

import java.util.List;
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

  /** LIX of one of its paragraphs, as {@link #lix()}. */
  public Double lix(ParagraphAnalysis p) {
    return Readability.countsLongWords(language) ? p.lix() : null;
  }

  /** RIX of one of its paragraphs, as {@link #rix()}. */
  public Double rix(ParagraphAnalysis p) {
    return Readability.countsLongWords(language) ? p.rix() : null;
  }
}
