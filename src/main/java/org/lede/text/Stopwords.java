package org.lede.text;

import java.util.Set;

/** English function words, used by the summariser and the language guess. */
public final class Stopwords {
  private Stopwords() {}

  public static final Set<String> ENGLISH = Set.of(
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
      "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
      "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had",
      "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i",
      "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no",
      "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out",
      "over", "own", "said", "same", "says", "she", "should", "so", "some", "such", "than", "that", "the",
      "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through",
      "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
      "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "mr", "mrs",
      "ms", "s", "t", "new", "one", "two", "year", "years", "told", "say", "may", "like", "last", "many",
      "much", "even", "back", "well", "since", "still", "yet", "around", "according", "make", "made");

  public static boolean isStopword(String lower) {
    return ENGLISH.contains(lower);
  }
}
