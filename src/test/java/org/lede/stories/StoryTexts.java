package org.lede.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Article-shaped texts for the story tests: paragraphs of sentences of words drawn from a made-up vocabulary
 * of 3,000 words (seeded, so a seed is always the same article), and the kinds of copy the story step must
 * recognise.
 */
public final class StoryTexts {
  private StoryTexts() {}

  private static final String[] SYLLABLES = {"ba", "lo", "ter", "mi", "san", "ko", "ra", "pel", "du", "vin", "es",
      "tor", "na", "gri", "mo", "lat", "shu", "ve", "den", "cor"};
  private static final String[] VOCABULARY = new String[3000];

  static {
    Random r = new Random(7);
    for (int i = 0; i < VOCABULARY.length; i++) {
      StringBuilder w = new StringBuilder();
      int n = 1 + r.nextInt(3);
      for (int k = 0; k < n; k++) {
        w.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
      }
      VOCABULARY[i] = w.toString() + (i % 10);
    }
  }

  /** An article of {@code paragraphs} paragraphs of three sentences each. */
  public static List<String> article(long seed, int paragraphs) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int p = 0; p < paragraphs; p++) {
      StringBuilder b = new StringBuilder();
      for (int s = 0; s < 3; s++) {
        b.append(sentence(r)).append(' ');
      }
      out.add(b.toString().trim());
    }
    return out;
  }

  static String sentence(Random r) {
    StringBuilder b = new StringBuilder();
    int n = 8 + r.nextInt(10);
    for (int i = 0; i < n; i++) {
      String w = VOCABULARY[r.nextInt(VOCABULARY.length)];
      b.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(i + 1 < n ? " " : ".");
    }
    return b.toString();
  }

  /** The first {@code share} of the paragraphs (at least one). */
  public static List<String> cut(List<String> article, double share) {
    return new ArrayList<>(article.subList(0, Math.max(1, (int) Math.round(article.size() * share))));
  }

  /** With a paragraph of new text before and after. */
  public static List<String> framed(List<String> article, long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    out.add(sentence(r) + " " + sentence(r));
    out.addAll(article);
    out.add(sentence(r));
    return out;
  }

  /** About one word in {@code every} replaced by another word. */
  public static List<String> edited(List<String> article, int every, long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    for (String p : article) {
      String[] words = p.split(" ");
      for (int i = 0; i < words.length; i++) {
        if (r.nextInt(every) == 0) {
          words[i] = VOCABULARY[r.nextInt(VOCABULARY.length)];
        }
      }
      out.add(String.join(" ", words));
    }
    return out;
  }
}
