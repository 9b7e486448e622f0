package org.lede.sentiment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words the VADER method and the news rules test by name ("no", "but", "kind of", "kiss of death"), as
 * small integer codes, so the rules compare numbers rather than strings. Code 0 is any other word.
 */
final class RuleWords {
  private RuleWords() {}

  private static final List<String> WORDS = List.of("", "kind", "of", "no", "or", "nor", "never", "so", "this",
      "without", "doubt", "least", "at", "very", "but", "too", "like", "despite", "not", "only", "mind", "wonder",
      "one", "few", "a", "the", "shit", "bomb", "bad", "ass", "bus", "stop", "yeah", "right", "kiss", "death",
      "to", "die", "for", "beating", "heart", "broken", "just", "enough", "sort");
  private static final Map<String, Integer> CODES = new HashMap<>();

  static {
    for (int i = 1; i < WORDS.size(); i++) {
      CODES.put(WORDS.get(i), i);
    }
  }

  static final int KIND = code("kind");
  static final int OF = code("of");
  static final int NO = code("no");
  static final int OR = code("or");
  static final int NOR = code("nor");
  static final int NEVER = code("never");
  static final int SO = code("so");
  static final int THIS = code("this");
  static final int WITHOUT = code("without");
  static final int DOUBT = code("doubt");
  static final int LEAST = code("least");
  static final int AT = code("at");
  static final int VERY = code("very");
  static final int BUT = code("but");
  static final int TOO = code("too");
  static final int LIKE = code("like");
  static final int DESPITE = code("despite");
  static final int NOT = code("not");
  static final int ONLY = code("only");
  static final int MIND = code("mind");
  static final int WONDER = code("wonder");
  static final int ONE = code("one");
  static final int FEW = code("few");
  static final int A = code("a");

  /** The code of a lower-case form, 0 when the rules never name it. */
  static int code(String lower) {
    Integer c = CODES.get(lower);
    return c == null ? 0 : c;
  }

  /** The codes of a phrase's words ("kiss of death"), or null when a word has none. */
  static int[] codes(String phrase) {
    String[] words = phrase.split(" ");
    int[] out = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      out[i] = code(words[i]);
      if (out[i] == 0) {
        return null;
      }
    }
    return out;
  }
}
