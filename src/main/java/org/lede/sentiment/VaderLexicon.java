package org.lede.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The VADER 3.3 lexicon and emoji descriptions (MIT licence, see NOTICE), loaded once per JVM. */
public final class VaderLexicon {
  private static volatile VaderLexicon instance;

  final Map<String, Double> valence;
  final Map<Integer, String> emoji;

  private VaderLexicon(Map<String, Double> valence, Map<Integer, String> emoji) {
    this.valence = valence;
    this.emoji = emoji;
  }

  public static VaderLexicon get() {
    VaderLexicon v = instance;
    if (v == null) {
      synchronized (VaderLexicon.class) {
        v = instance;
        if (v == null) {
          v = new VaderLexicon(loadLexicon(), loadEmoji());
          instance = v;
        }
      }
    }
    return v;
  }

  public Double valence(String lowerToken) {
    return valence.get(lowerToken);
  }

  public boolean contains(String lowerToken) {
    return valence.containsKey(lowerToken);
  }

  private static BufferedReader open(String name) {
    InputStream in = VaderLexicon.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private static Map<String, Double> loadLexicon() {
    Map<String, Double> m = new HashMap<>(16_384);
    try (BufferedReader r = open("vader_lexicon.txt")) {
      for (String line; (line = r.readLine()) != null; ) {
        int t1 = line.indexOf('\t');
        if (t1 <= 0) {
          continue;
        }
        int t2 = line.indexOf('\t', t1 + 1);
        String word = line.substring(0, t1);
        double v = Double.parseDouble(line.substring(t1 + 1, t2 < 0 ? line.length() : t2).trim());
        m.put(word, v);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }

  private static Map<Integer, String> loadEmoji() {
    Map<Integer, String> m = new HashMap<>(8192);
    try (BufferedReader r = open("emoji_utf8_lexicon.txt")) {
      for (String line; (line = r.readLine()) != null; ) {
        int t = line.indexOf('\t');
        if (t <= 0) {
          continue;
        }
        String e = line.substring(0, t);
        // VADER replaces single characters only; multi-code-point sequences never match char by char
        if (e.codePointCount(0, e.length()) == 1) {
          m.put(e.codePointAt(0), line.substring(t + 1).trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }
}
