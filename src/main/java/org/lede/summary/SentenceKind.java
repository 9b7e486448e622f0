package org.lede.summary;

/**
 * What a sentence is, for summaries: most are statements; page furniture left in a web page's text,
 * crossheads (the short subheads between paragraphs) and, in a digest, questions are no summary material.
 */
public enum SentenceKind {
  STATEMENT, QUESTION, FURNITURE, CROSSHEAD;

  /** A crosshead has at most this many words (news subheads run from two to about eight). */
  static final int CROSSHEAD_WORDS = 10;

  private static final String[] FURNITURE_OPENINGS = {"scroll down for", "scroll down to", "click here",
      "read more:", "share this article", "advertisement"};

  /**
   * {@link #of(String)}, and {@link #CROSSHEAD} for a paragraph's only sentence that is short and ends
   * without a full stop, question or exclamation mark ("What happens next", "Rising costs"): a subhead, which
   * has no verb to make it a statement. A sentence always ends in one of those marks when a paragraph goes on
   * after it, so only the paragraph's sentence count is needed.
   */
  public static SentenceKind of(String sentence, int wordCount, boolean wholeParagraph) {
    SentenceKind k = of(sentence);
    if (k == STATEMENT && wholeParagraph && wordCount <= CROSSHEAD_WORDS && !endsLikeASentence(sentence)) {
      return CROSSHEAD;
    }
    return k;
  }

  /** Whether the sentence ends with . ! ? or an ellipsis (before any closing quotes or brackets). */
  private static boolean endsLikeASentence(String sentence) {
    return ".!?\u2026".indexOf(lastMark(sentence)) >= 0;
  }

  /** The sentence's last character before any closing quotes, brackets or spaces; 0 when there is none. */
  private static char lastMark(String sentence) {
    int e = sentence.length() - 1;
    while (e >= 0 && "\"'\u201D\u2019)] ".indexOf(sentence.charAt(e)) >= 0) {
      e--;
    }
    return e >= 0 ? sentence.charAt(e) : 0;
  }

  /**
   * {@link #FURNITURE} when the sentence opens like page furniture ("Scroll down for video", "Click here to
   * ...", "Read more:", "Share this article", "Advertisement"); {@link #QUESTION} when it ends with a question
   * mark (before any closing quotes or brackets).
   */
  public static SentenceKind of(String sentence) {
    if (mayOpenFurniture(sentence)) {
      for (String f : FURNITURE_OPENINGS) {
        if (sentence.regionMatches(true, 0, f, 0, f.length())) {
          return FURNITURE;
        }
      }
    }
    return lastMark(sentence) == '?' ? QUESTION : STATEMENT;
  }

  /**
   * False when the first character rules out every furniture opening (an ASCII character that is not the
   * first letter of one, in either case): most sentences, which then skip the case-blind comparisons.
   */
  private static boolean mayOpenFurniture(String sentence) {
    if (sentence.isEmpty()) {
      return false;
    }
    char c = sentence.charAt(0);
    if (c >= 128) {
      return true; // case-blind matching knows characters outside ASCII that fold to these letters
    }
    for (String f : FURNITURE_OPENINGS) {
      if (Character.toLowerCase(c) == f.charAt(0)) {
        return true;
      }
    }
    return false;
  }
}
