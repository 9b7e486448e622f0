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

  /** LIX over the whole text, in any language ({@link Readability#lix}). */
  public Double lix() {
    return Readability.lix(counts);
  }

  /** RIX over the whole text, in any language ({@link Readability#rix}). */
  public Double rix() {
    return Readability.rix(counts);
  }
}
