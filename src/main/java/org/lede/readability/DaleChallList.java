package org.lede.readability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The New Dale-Chall list of familiar words (2,942 entries, from the MIT-licensed `dale-chall` package; see
 * NOTICE). A word is familiar when it is on the list, or is a regular inflection of a listed word (-s, -es,
 * -ies, -ed, -d, -ied, -ing, -er, -est, -ly), or is a number. Proper nouns are treated as familiar by the
 * caller, following the Dale-Chall counting rules.
 */
public final class DaleChallList {
  private static final Set<String> WORDS = load();

  private DaleChallList() {}

  private static Set<String> load() {
    Set<String> s = new HashSet<>(4096);
    try (InputStream in = DaleChallList.class.getResourceAsStream("dale-chall-easy-words.txt");
         BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        line = line.trim();
        if (!line.isEmpty()) {
          s.add(line.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return s;
  }

  public static int size() {
    return WORDS.size();
  }

  /** The listed words, in lower case. */
  public static java.util.Set<String> words() {
    return java.util.Collections.unmodifiableSet(WORDS);
  }

  public static boolean isFamiliar(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.isEmpty() || Character.isDigit(w.charAt(0)) || WORDS.contains(w)) {
      return true;
    }
    int n = w.length();
    String[][] rules = {
        {"ies", "y"}, {"ied", "y"}, {"es", ""}, {"s", ""}, {"ed", ""}, {"d", ""}, {"ing", ""}, {"ing", "e"},
        {"er", ""}, {"er", "e"}, {"est", ""}, {"est", "e"}, {"ly", ""}, {"ier", "y"}, {"iest", "y"}};
    for (String[] r : rules) {
      if (w.endsWith(r[0]) && n > r[0].length() + 1) {
        String base = w.substring(0, n - r[0].length()) + r[1];
        if (WORDS.contains(base)) {
          return true;
        }
        // doubled consonant: stopped, bigger
        int b = base.length();
        if (r[1].isEmpty() && b > 2 && base.charAt(b - 1) == base.charAt(b - 2)
            && WORDS.contains(base.substring(0, b - 1))) {
          return true;
        }
      }
    }
    return false;
  }
}
