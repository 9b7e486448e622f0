package org.lede.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.lede.text.Paragraphs;

/**
 * Plain text, one article per file. The first non-empty line is the headline (unless it is longer than 30
 * words or is the only line: then the file is all body, flag {@code no_headline}; a lone line that looks like a
 * headline, at most 30 words without final punctuation, is rejected as {@code no_body}). The rest splits into
 * paragraphs by {@link Paragraphs}. A "By Name" line of at most 12 words, last or right after the headline,
 * is the byline, not a paragraph.
 */
public final class TextFormat {
  private TextFormat() {}

  public static final String NO_HEADLINE = "no_headline";
  private static final Pattern BYLINE = Pattern.compile("^[Bb][Yy]\\s+\\p{L}.*");

  public static ReadResult parse(String path, String text, List<String> flags) {
    String t = Paragraphs.normaliseNewlines(text);
    String[] lines = t.split("\n", -1);
    int first = 0;
    while (first < lines.length && Paragraphs.isBlank(lines[first])) {
      first++;
    }
    if (first == lines.length) {
      return Reject.of(path, "file", RejectReason.MISSING_TEXT, "the file has no text, only whitespace", text);
    }
    List<String> allFlags = new ArrayList<>(flags);
    String headline = Paragraphs.clean(lines[first]);
    boolean more = false;
    for (int i = first + 1; i < lines.length; i++) {
      if (!Paragraphs.isBlank(lines[i])) {
        more = true;
        break;
      }
    }
    if (!more && looksLikeHeadline(headline)) {
      return Reject.of(path, "file", RejectReason.NO_BODY, "the file has a headline but no body text", text);
    }
    List<String> paragraphs;
    if (!more || wordCount(headline) > 30) {
      headline = null;
      allFlags.add(NO_HEADLINE);
      paragraphs = Paragraphs.split(lines, first, lines.length);
    } else {
      paragraphs = Paragraphs.split(lines, first + 1, lines.length);
    }
    String byline = null;
    if (!paragraphs.isEmpty() && isByline(paragraphs.get(paragraphs.size() - 1))) {
      byline = stripBy(paragraphs.remove(paragraphs.size() - 1));
    } else if (paragraphs.size() > 1 && isByline(paragraphs.get(0))) {
      byline = stripBy(paragraphs.remove(0));
    }
    if (paragraphs.isEmpty()) {
      return Reject.of(path, "file", RejectReason.NO_BODY, "the file has a headline but no body text", text);
    }
    return new RawArticle(path, "file", 0, null, headline, byline, null, null, null, null, null, paragraphs, allFlags);
  }

  /** At most 30 words and no sentence-final punctuation. */
  static boolean looksLikeHeadline(String line) {
    char last = line.charAt(line.length() - 1);
    return wordCount(line) <= 30 && ".!?\u2026\"'\u201D".indexOf(last) < 0;
  }

  static boolean isByline(String p) {
    return BYLINE.matcher(p).matches() && wordCount(p) <= 12 && !p.endsWith(".");
  }

  static String stripBy(String p) {
    return p.substring(2).trim();
  }

  static int wordCount(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean ws = Character.isWhitespace(s.charAt(i));
      if (!ws && !in) {
        n++;
      }
      in = !ws;
    }
    return n;
  }
}
