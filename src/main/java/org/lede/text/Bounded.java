package org.lede.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the units of analysis bounded, so a pathological input (a 50 MB line, a million-word paragraph)
 * costs time in proportion to its size and memory in proportion to one piece.
 * <ul>
 *   <li>A paragraph longer than {@link #MAX_PARAGRAPH_CHARS} is cut into pieces at sentence ends (or, when a
 *       piece has none, at the last whitespace) before the limit; each piece is a paragraph of its own.
 *   <li>A sentence longer than {@link #MAX_SENTENCE_CHARS} is cut the same way at whitespace.
 * </ul>
 * A single token longer than the limit (a 10,000-character "word") stays whole up to {@link #MAX_TOKEN_CHARS};
 * a cut never splits a surrogate pair.
 */
public final class Bounded {
  private Bounded() {}

  public static final int MAX_PARAGRAPH_CHARS = 20_000;
  public static final int MAX_SENTENCE_CHARS = 2_000;
  /** A run without whitespace longer than this is cut anyway. */
  public static final int MAX_TOKEN_CHARS = 100_000;

  /** Paragraphs with every over-long one cut into pieces; returns the same list when nothing is cut. */
  public static List<String> paragraphs(List<String> paragraphs) {
    return bound(paragraphs, MAX_PARAGRAPH_CHARS, true);
  }

  /** Sentences of a paragraph, each at most {@link #MAX_SENTENCE_CHARS} long. */
  public static List<String> sentences(String paragraph) {
    return bound(SentenceSplitter.split(paragraph), MAX_SENTENCE_CHARS, false);
  }

  private static List<String> bound(List<String> pieces, int max, boolean preferSentenceEnds) {
    int first = 0; // a loop, not a stream: this runs for every paragraph and every sentence
    while (first < pieces.size() && pieces.get(first).length() <= max) {
      first++;
    }
    if (first == pieces.size()) {
      return pieces;
    }
    List<String> out = new ArrayList<>(pieces.subList(0, first));
    for (String p : pieces.subList(first, pieces.size())) {
      if (p.length() <= max) {
        out.add(p);
      } else {
        out.addAll(cut(p, max, preferSentenceEnds));
      }
    }
    return out;
  }

  static List<String> cut(String text, int max, boolean preferSentenceEnds) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    while (n - start > max) {
      int limit = start + max;
      int at = -1;
      if (preferSentenceEnds) {
        for (int i = limit - 1; i > start + max / 2; i--) {
          char c = text.charAt(i);
          if ((c == '.' || c == '!' || c == '?') && i + 1 < n && Character.isWhitespace(text.charAt(i + 1))) {
            at = i + 1;
            break;
          }
        }
      }
      if (at < 0) {
        for (int i = limit - 1; i > start; i--) {
          if (Character.isWhitespace(text.charAt(i))) {
            at = i;
            break;
          }
        }
      }
      if (at <= start) {
        // one giant token: keep it whole up to MAX_TOKEN_CHARS rather than count its pieces as words
        for (int i = limit; i < Math.min(n, start + MAX_TOKEN_CHARS); i++) {
          if (Character.isWhitespace(text.charAt(i))) {
            at = i;
            break;
          }
        }
      }
      if (at <= start) {
        at = limit;
        if (Character.isHighSurrogate(text.charAt(at - 1))) {
          at--;
        }
      }
      String piece = text.substring(start, at).strip();
      if (!piece.isEmpty()) {
        out.add(piece);
      }
      start = at;
    }
    String rest = text.substring(start).strip();
    if (!rest.isEmpty()) {
      out.add(rest);
    }
    return out;
  }
}
