package org.lede.analysis;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.lede.readability.DaleChallList;
import org.lede.sentiment.TokenFacts;
import org.lede.text.FormKey;
import org.lede.text.CmuDict;
import org.lede.text.SentenceTokens;
import org.lede.text.Stopwords;
import org.lede.text.Tokenizer;

/**
 * The word forms lede's dictionaries know, built once per JVM and read-only after: the pronouncing
 * dictionary, the Dale-Chall list, the VADER, AFINN and news lexicons and word lists, and the stop words. Each
 * lower-case form is in one {@link FormIndex} with its facts precomputed, so a known word costs one probe of
 * one table and allocates nothing; stems have dense ids.
 */
public final class Vocabulary {
  private static volatile Vocabulary instance;

  final FormIndex index;
  private final int stems;
  private final Map<String, Integer> stemIds = new HashMap<>();

  /** The vocabulary, built on first use (about half a second). */
  public static Vocabulary get() {
    Vocabulary v = instance;
    if (v == null) {
      synchronized (Vocabulary.class) {
        v = instance;
        if (v == null) {
          v = build();
          instance = v;
        }
      }
    }
    return v;
  }

  private Vocabulary(Set<String> forms) {
    index = new FormIndex(forms.size());
    for (String f : forms) {
      long[] key = FormKey.of(f);
      if (index.find(key[0], key[1], f.length()) >= 0) {
        continue; // a form listed twice
      }
      String stem = WordFacts.stem(f);
      int stemId = stem == null ? -1 : stemIds.computeIfAbsent(stem, s -> stemIds.size());
      index.add(key[0], key[1], f.length(), WordFacts.pack(f, stemId), TokenFacts.of(f));
    }
    stems = stemIds.size();
  }

  private static Vocabulary build() {
    Set<String> forms = new LinkedHashSet<>();
    CmuDict.get().forEach((word, syllables) -> forms.add(word));
    forms.addAll(DaleChallList.words());
    forms.addAll(Stopwords.ENGLISH);
    forms.addAll(TokenFacts.listedForms());
    Set<String> keyed = new LinkedHashSet<>();
    for (String f : forms) {
      if (!f.isEmpty() && f.length() <= FormKey.MAX_CHARS && f.equals(f.toLowerCase(java.util.Locale.ROOT))
          && f.chars().allMatch(c -> c > ' ' && c < 128)) {
        keyed.add(f);
      }
    }
    return new Vocabulary(keyed);
  }

  /** Number of forms. */
  public int size() {
    return index.size();
  }

  /** Number of distinct stems (stem ids are 0 to stems - 1). */
  int stems() {
    return stems;
  }

  /** The stem id of a stem (the summariser's term), or -1 when no vocabulary form has it. */
  int stemIdOf(String stem) {
    Integer id = stemIds.get(stem);
    return id == null ? -1 : id;
  }

  /** The id of a lower-case form, or -1. */
  public int idOf(String lowerForm) {
    long[] key = FormKey.of(lowerForm);
    if (key == null) {
      return -1;
    }
    int slot = index.find(key[0], key[1], lowerForm.length());
    return slot < 0 ? -1 : index.id(slot);
  }
}
