package org.lede.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.lede.text.CmuDict;

/**
 * A deterministic synthetic news corpus: plain-text articles with a headline, varied paragraph and sentence
 * lengths, Zipf-distributed vocabulary (a few words very common, most rare), some sentiment words, numbers,
 * quotes and abbreviations, and one long article in twenty.
 */
public final class CorpusGenerator {
  /** Changes whenever the generated text changes, so that cached corpora are not reused across versions. */
  public static final int VERSION = 2;
  private static final String[] FUNCTION = {"the", "of", "and", "to", "a", "in", "that", "is", "for", "on", "was",
      "with", "as", "by", "at", "from", "it", "have", "be", "not", "but", "which", "this", "their", "will"};
  private static final String[] CONTENT = buildContent();
  private static final String[] SENTIMENT = {"good", "great", "praised", "success", "hope", "improved", "bad",
      "crisis", "failure", "criticized", "fear", "deaths", "angry", "welcome", "strong", "weak", "worst", "best"};
  private static final String[] NAMES = {"Smith", "Garcia", "Okafor", "Chen", "Novak", "Haddad", "Kowalski"};

  private CorpusGenerator() {}

  private static String[] buildContent() {
    String[] stems = {"council", "budget", "market", "school", "river", "police", "court", "election", "hospital",
        "energy", "housing", "transit", "museum", "farmer", "worker", "company", "minister", "voter", "bridge",
        "festival", "report", "policy", "contract", "season", "airport", "factory", "program", "research",
        "community", "official", "government", "investment", "inflation", "agreement", "committee"};
    String[] suffixes = {"", "s", "ing", "ed", "al", "ment", "ers", "ity", "ation", "ive"};
    List<String> out = new ArrayList<>();
    for (String stem : stems) {
      for (String suffix : suffixes) {
        out.add(stem + suffix);
      }
    }
    // the long tail: real English words from the pronouncing dictionary, in a fixed random order, so the
    // vocabulary grows with the corpus as in real news (tens of thousands of forms, most of them rare)
    List<String> tail = new ArrayList<>();
    CmuDict.get().forEach((word, syllables) -> {
      if (word.length() >= 3 && word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
        tail.add(word);
      }
    });
    Collections.sort(tail);
    Collections.shuffle(tail, new Random(42));
    out.addAll(tail.subList(0, Math.min(TAIL_WORDS, tail.size())));
    return out.toArray(new String[0]);
  }

  /** Rare words after the 350 frequent news words; content words follow a Zipf law over all of them. */
  static final int TAIL_WORDS = 60_000;

  /** Writes articles until about {@code bytes} have been written; returns the number of articles. */
  public static int generate(Path dir, long bytes, long seed) throws IOException {
    Files.createDirectories(dir);
    Random r = new Random(seed);
    long written = 0;
    int n = 0;
    while (written < bytes) {
      String article = article(r, n % 20 == 19 ? 60 : 4 + r.nextInt(10));
      Path f = dir.resolve(String.format("a%02d/article-%07d.txt", n % 50, n));
      Files.createDirectories(f.getParent());
      try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
        w.write(article);
      }
      written += article.length();
      n++;
    }
    return n;
  }

  static String article(Random r, int paragraphs) {
    StringBuilder b = new StringBuilder(4096);
    b.append(capitalise(word(r))).append(' ').append(capitalise(word(r))).append(" Plan Draws ")
        .append(capitalise(word(r))).append('\n').append('\n');
    for (int p = 0; p < paragraphs; p++) {
      int sentences = 1 + r.nextInt(5);
      for (int s = 0; s < sentences; s++) {
        sentence(r, b);
        b.append(' ');
      }
      b.setLength(b.length() - 1);
      b.append("\n\n");
    }
    b.append("By ").append(NAMES[r.nextInt(NAMES.length)]).append(' ').append(NAMES[r.nextInt(NAMES.length)]).append('\n');
    return b.toString();
  }

  /** A paragraph of about {@code chars} characters, for the long-document cases. */
  public static String paragraph(Random r, int chars) {
    StringBuilder b = new StringBuilder(chars + 200);
    while (b.length() < chars) {
      sentence(r, b);
      b.append(' ');
    }
    return b.toString().trim();
  }

  static void sentence(Random r, StringBuilder b) {
    int words = 6 + (int) Math.abs(r.nextGaussian() * 9) + r.nextInt(6);
    boolean quote = r.nextInt(8) == 0;
    if (quote) {
      b.append('"');
    }
    b.append(capitalise(word(r)));
    for (int i = 1; i < words; i++) {
      b.append(' ');
      int kind = r.nextInt(100);
      if (kind < 3) {
        b.append(r.nextInt(2100));
      } else if (kind < 6) {
        b.append(SENTIMENT[r.nextInt(SENTIMENT.length)]);
      } else if (kind < 8) {
        b.append(NAMES[r.nextInt(NAMES.length)]);
      } else if (kind == 8) {
        b.append("Mr. ").append(NAMES[r.nextInt(NAMES.length)]);
      } else {
        b.append(word(r));
      }
      if (r.nextInt(12) == 0) {
        b.append(',');
      }
    }
    b.append(r.nextInt(15) == 0 ? '?' : '.');
    if (quote) {
      b.append("\" said ").append(NAMES[r.nextInt(NAMES.length)]).append('.');
    }
  }

  static String word(Random r) {
    if (r.nextInt(100) < 45) {
      return FUNCTION[zipf(r, FUNCTION.length)];
    }
    return CONTENT[zipf(r, CONTENT.length)];
  }

  /** An index in [0, n) with probability falling as 1 / (rank + 1). */
  static int zipf(Random r, int n) {
    double h = Math.log(n + 1.0);
    return Math.min(n - 1, (int) Math.floor(Math.exp(r.nextDouble() * h) - 1));
  }

  static String capitalise(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
