package org.lede.config;

import java.util.Locale;

/** {@code sentiment.engine}: how paragraphs and articles get their sentiment. */
public enum SentimentEngine {
  /** lede's news-tuned lexicon method (VADER's rules with news lexicons), in the analysis step. */
  LEXICON,
  /** A trained Spark NLP pipeline loaded from {@code sentiment.model}, applied after the analysis step. */
  SPARKNLP;

  /** The name used in configuration and in the run summary. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
