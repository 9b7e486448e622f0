package org.lede.text;

/**
 * A light English suffix stripper for matching word forms (plural, past, gerund, adverb, comparative) in the
 * summariser. It maps "markets", "marketing" and "marketed" to "market"; it is not a linguistic stemmer.
 */
public final class Stemmer {
  private Stemmer() {}

  public static String stem(String lower) {
    String w = lower;
    int n = w.length();
    if (n <= 3) {
      return w;
    }
    if (w.endsWith("'s")) {
      w = w.substring(0, n - 2);
      n -= 2;
    }
    if (w.endsWith("ies") && n > 4) {
      return w.substring(0, n - 3) + "y";
    }
    if (w.endsWith("sses")) {
      return w.substring(0, n - 2);
    }
    if (w.endsWith("ing") && n > 5) {
      return undouble(w.substring(0, n - 3));
    }
    if (w.endsWith("ed") && n > 4) {
      return undouble(w.substring(0, n - (w.endsWith("ied") ? 3 : 2)) + (w.endsWith("ied") ? "y" : ""));
    }
    if (w.endsWith("ly") && n > 5) {
      return w.substring(0, n - 2);
    }
    if (w.endsWith("es") && n > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")
        || w.endsWith("sses") || w.endsWith("zes"))) {
      return w.substring(0, n - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && n > 3) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  private static String undouble(String s) {
    int n = s.length();
    if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0
        && !isVowel(s.charAt(n - 1))) {
      return s.substring(0, n - 1);
    }
    if (n > 2 && (s.endsWith("at") || s.endsWith("iz") || s.endsWith("bl"))) {
      return s + "e";
    }
    return s;
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
