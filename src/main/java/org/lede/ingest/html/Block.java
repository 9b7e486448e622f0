package org.lede.ingest.html;

/**
 * One run of text on a page: the inline content of a block-level element between two block boundaries (a
 * paragraph, a heading, a list item, a {@code div} used as a paragraph, a stretch of {@code <br>}-separated
 * text). Single line breaks inside it are kept as '\n'.
 */
final class Block {
  /** What kind of element holds the text. */
  enum Kind { PARAGRAPH, TITLE, HEADING, LIST_ITEM, QUOTE, PRE, CELL, CAPTION, OTHER }

  final String text;
  final Kind kind;
  /** Words, counting each CJK or Thai character as one. */
  final int units;
  /** Share of the text's non-space characters inside links. */
  final double linkDensity;
  /** Sentence-ending and clause punctuation marks. */
  final int punctuation;
  /** Index of the list ({@code ul}, {@code ol}, {@code dl}) holding the block in {@link Segmenter#lists}, or -1. */
  final int list;
  /** The text ends like a sentence (a full stop, question or exclamation mark, a closing quote after one). */
  final boolean endsSentence;

  Block(String text, Kind kind, int units, double linkDensity, int punctuation, int list, boolean endsSentence) {
    this.text = text;
    this.kind = kind;
    this.units = units;
    this.linkDensity = linkDensity;
    this.punctuation = punctuation;
    this.list = list;
    this.endsSentence = endsSentence;
  }

  /** Reads like running text: enough words, few of them links, and sentence punctuation. */
  boolean isProse() {
    if (linkDensity > 0.7 || kind == Kind.TITLE || kind == Kind.CAPTION || isTeaser()) {
      return false;
    }
    if (linkDensity > 0.5) {
      return units >= 25 && punctuation >= 2 && endsSentence; // a long sentence with linked phrases
    }
    if (linkDensity > 0.34) {
      return units >= 20 && punctuation >= 2;
    }
    return units >= 30 || units >= 20 && linkDensity <= 0.1 || units >= 10 && punctuation >= 1 && (endsSentence || punctuation >= 2)
        || units >= 6 && endsSentence && punctuation >= 2;
  }

  /** A linked headline with the opening of its story cut short ("... may soon..."): a teaser for another page. */
  boolean isTeaser() {
    return linkDensity >= 0.1 && (text.endsWith("...") || text.endsWith("\u2026") || text.endsWith("... ")
        || text.endsWith("[...]"));
  }

  boolean isLinks() {
    return linkDensity > 0.5 && !isProse();
  }

  @Override
  public String toString() {
    return kind + "[" + units + "w ld=" + String.format("%.2f", linkDensity) + "] " + text;
  }
}
