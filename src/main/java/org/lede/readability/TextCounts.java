package org.lede.readability;

/**
 * The counts behind every readability formula, for one piece of text. Mutable accumulator: paragraph counts
 * are the sum of their sentences, article counts the sum of their paragraphs.
 */
public final class TextCounts {
  public int sentences;
  public int words;
  public int syllables;
  /** Letters and digits (the "characters" of Coleman-Liau and ARI). */
  public int letters;
  /** Words of three or more syllables (SMOG). */
  public int polysyllables;
  /** Gunning Fog complex words. */
  public int complexWords;
  /** Words not on the Dale-Chall familiar list. */
  public int difficultWords;
  /** Words of more than six letters (LIX, RIX): counted the same way in every language. */
  public int longWords;

  public void add(TextCounts o) {
    sentences += o.sentences;
    words += o.words;
    syllables += o.syllables;
    letters += o.letters;
    polysyllables += o.polysyllables;
    complexWords += o.complexWords;
    difficultWords += o.difficultWords;
    longWords += o.longWords;
  }
}
