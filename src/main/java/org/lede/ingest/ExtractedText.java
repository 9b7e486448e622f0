package org.lede.ingest;

import java.util.ArrayList;
import java.util.List;
import org.lede.text.Paragraphs;

/**
 * Text a crawler extracted from a page (a WET {@code conversion} record): the page's title on the first line,
 * then one line per block of the page, menus and footers included. The article is the stretch of lines
 * where running text outweighs the rest most: each line of running text counts its words for the stretch,
 * each other line (menu items, table cells, "Skip to content") its words, and at least three, against it. Short lines inside the
 * stretch stay, subheads among them; a footer's sentence far below the story does not join it.
 */
final class ExtractedText {
  private ExtractedText() {}

  /** The text came from a crawler's text extraction (a WET file), not from the page's markup. */
  static final String EXTRACTED_TEXT = "extracted_text";

  static ReadResult read(String path, String locator, long index, String text, String url, String language,
      String capturedAt, List<String> decodeFlags) {
    List<String> lines = new ArrayList<>();
    for (String l : Paragraphs.normaliseNewlines(text).split("\n")) {
      String t = Paragraphs.clean(l);
      if (!t.isEmpty()) {
        lines.add(t);
      }
    }
    if (lines.isEmpty()) {
      return Reject.of(path, locator, RejectReason.MISSING_TEXT, "the extracted text is empty", null);
    }
    String title = lines.get(0);
    // the stretch of lines with the highest sum of values: running text counts its words for it, every other
    // line its words against (Kadane's maximum subarray)
    int first = -1;
    int last = -1;
    double best = 0;
    double sum = 0;
    int start = 1;
    for (int i = 1; i < lines.size(); i++) {
      String l = lines.get(i);
      int words = words(l);
      sum += isRunningText(l) ? words : -Math.max(3, words);
      if (sum <= 0) {
        sum = 0;
        start = i + 1;
      } else if (sum > best) {
        best = sum;
        first = start;
        last = i;
      }
    }
    if (first < 0) {
      return Reject.of(path, locator, RejectReason.NOT_AN_ARTICLE, "the extracted text has " + (lines.size() - 1)
          + " lines and none of them is running text: an index or navigation page", text);
    }
    List<String> flags = new ArrayList<>(decodeFlags);
    flags.add(EXTRACTED_TEXT);
    return new RawArticle(path, locator, index, null, title, null, null, url, null, language, capturedAt,
        new ArrayList<>(lines.subList(first, last + 1)), flags);
  }

  private static int words(String line) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean w = Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019';
      if (w && !inWord && Character.isLetter(c)) {
        words++; // a word starts with a letter: coordinates and figures are not words
      }
      inWord = w;
    }
    return words;
  }

  /** A line of prose: eight words or more, or five or more ending a sentence. */
  static boolean isRunningText(String line) {
    int words = words(line);
    char end = line.charAt(line.length() - 1);
    boolean sentence = end == '.' || end == '!' || end == '?' || end == '\u3002' || end == '"' || end == '\u201D';
    return words >= 8 || words >= 5 && sentence || words >= 1 && line.length() >= 40 && sentence;
  }
}
