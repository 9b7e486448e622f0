package org.lede.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Word lists shipped as resources ({@code org/lede/text/words/NAME.txt}: one word a line, # comments). */
final class WordLists {
  private WordLists() {}

  static List<String> list(String name) {
    String resource = "words/" + name + ".txt";
    InputStream in = WordLists.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource org/lede/text/" + resource);
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          out.add(w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  static Set<String> set(String name) {
    return Set.copyOf(list(name));
  }
}
