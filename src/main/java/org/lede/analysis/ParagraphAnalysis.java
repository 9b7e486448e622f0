package org.lede.analysis;

import java.util.List;
import org.lede.readability.Readability;
import org.lede.readability.TextCounts;
import org.lede.sentiment.SentimentScores;

/** One paragraph's results. Readability and sentiment are null when the paragraph is not English text. */
public record ParagraphAnalysis(
    int index,
    String text,
    List<SentenceAnalysis> sentences,
    TextCounts counts,
    Readability.Scores readability,
    SentimentScores sentiment,
    String sentimentLabel,
    String keySentence,
    List<String> flags) {

  public int wordCount() {
    return counts.words;
  }

  public int sentenceCount() {
    return sentences.size();
  }

  /** LIX of the paragraph, in any language ({@link Readability#lix}). */
  public Double lix() {
    return Readability.lix(counts);
  }

  /** RIX of the paragraph, in any language ({@link Readability#rix}). */
  public Double rix() {
    return Readability.rix(counts);
  }
}
