package org.lede.summary;

/**
 * What a sentence is, for summaries: most are statements; page furniture left in a web page's text and, in
 * a digest, questions are no summary material.
 */
public enum SentenceKind {
  STATEMENT, QUESTION, FURNITURE;

  private static final String[] FURNITURE_OPENINGS = {"scroll down for", "scroll down to", "click here",
      "read more:", "share this article", "advertisement"};

  /**
   * {@link #FURNITURE} when the sentence opens like page furniture ("Scroll down for video", "Click here to
   * ...", "Read more:", "Share this article", "Advertisement"); {@link #QUESTION} when it ends with a question
   * mark (before any closing quotes or brackets).
   */
  public static SentenceKind of(String sentence) {
    for (String f : FURNITURE_OPENINGS) {
      if (sentence.regionMatches(true, 0, f, 0, f.length())) {
        return FURNITURE;
      }
    }
    int e = sentence.length() - 1;
    while (e >= 0 && "\"'\u201D\u2019)] ".indexOf(sentence.charAt(e)) >= 0) {
      e--;
    }
    return e >= 0 && sentence.charAt(e) == '?' ? QUESTION : STATEMENT;
  }
}
