package org.lede.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lede.text.Stemmer;
import org.lede.text.Stopwords;
import org.lede.text.Words;

/**
 * Extractive summariser for news. Sentences become tf-idf vectors over stemmed content words (idf from the
 * article's own sentences). A sentence's score combines:
 * <ul>
 *   <li>directed centrality within a window of {@link #WINDOW} sentences on each side (similarity to later
 *       sentences counts for it, similarity to earlier ones against it, as in PacSum), so the cost grows
 *       linearly with article length;
 *   <li>similarity to the headline, when there is one;
 *   <li>a position prior (news puts the essentials first).
 * </ul>
 * Sentences are then picked greedily by score minus redundancy with those already picked (MMR), and returned
 * in article order.
 */
public final class Summarizer {
  static final int WINDOW = 12;
  static final double BACKWARD = -0.3;
  static final double FORWARD = 1.0;
  static final double W_CENTRALITY = 0.45;
  static final double W_TITLE = 0.30;
  static final double W_POSITION = 0.25;
  static final double REDUNDANCY = 0.6;

  /** Length control: ratio (when &gt; 0) wins over the sentence count; maxWords (when &gt; 0) caps both. */
  public record Length(int sentences, double ratio, int maxWords) implements java.io.Serializable {
    public static final Length DEFAULT = new Length(3, 0, 0);

    int target(int available) {
      int n = ratio > 0 ? (int) Math.ceil(ratio * available) : sentences;
      return Math.max(1, Math.min(n, available));
    }
  }

  /** Selected sentence indexes (ascending) and every sentence's score. */
  public record Result(int[] selected, double[] scores) {}

  private final Length length;

  public Summarizer(Length length) {
    this.length = length;
  }

  /**
   * @param sentences the body sentences in order
   * @param title the headline, or null
   */
  public Result summarize(List<String> sentences, String title) {
    int n = sentences.size();
    if (n == 0) {
      return new Result(new int[0], new double[0]);
    }
    Map<String, Integer> ids = new HashMap<>();
    List<int[]> termLists = new ArrayList<>(n);
    int[] wordCounts = new int[n];
    for (int i = 0; i < n; i++) {
      List<String> words = Words.of(sentences.get(i));
      wordCounts[i] = words.size();
      termLists.add(terms(words, ids, true));
    }
    int[] df = new int[ids.size()];
    for (int[] t : termLists) {
      for (int id : distinct(t)) {
        df[id]++;
      }
    }
    double[] idf = new double[df.length];
    for (int k = 0; k < df.length; k++) {
      idf[k] = Math.log(1.0 + (n - df[k] + 0.5) / (df[k] + 0.5));
    }
    SparseVector[] vec = new SparseVector[n];
    for (int i = 0; i < n; i++) {
      vec[i] = SparseVector.tfidf(termLists.get(i), idf);
    }
    SparseVector titleVec = null;
    if (title != null && !title.isBlank()) {
      int[] t = terms(Words.of(title), ids, false);
      titleVec = SparseVector.tfidf(t, idf);
    }

    double[] centrality = new double[n];
    double maxC = 0;
    for (int i = 0; i < n; i++) {
      double c = 0;
      for (int j = Math.max(0, i - WINDOW); j <= Math.min(n - 1, i + WINDOW); j++) {
        if (j != i) {
          double s = vec[i].dot(vec[j]);
          c += j > i ? FORWARD * s : BACKWARD * s;
        }
      }
      centrality[i] = Math.max(0, c);
      maxC = Math.max(maxC, centrality[i]);
    }
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      double c = maxC > 0 ? centrality[i] / maxC : 0;
      double t = titleVec == null ? 0 : titleVec.dot(vec[i]);
      double p = 1.0 / Math.sqrt(1.0 + i);
      double wt = titleVec == null ? 0 : W_TITLE;
      scores[i] = (W_CENTRALITY * c + wt * t + W_POSITION * p) / (W_CENTRALITY + wt + W_POSITION);
      if (wordCounts[i] == 0) {
        scores[i] = -1;
      }
    }
    return new Result(select(scores, vec, wordCounts), scores);
  }

  private int[] select(double[] scores, SparseVector[] vec, int[] wordCounts) {
    int n = scores.length;
    int target = length.target(n);
    boolean[] taken = new boolean[n];
    double[] redundancy = new double[n];
    List<Integer> picked = new ArrayList<>();
    int words = 0;
    while (picked.size() < target) {
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (taken[i]) {
          continue;
        }
        if (length.maxWords() > 0 && !picked.isEmpty() && words + wordCounts[i] > length.maxWords()) {
          continue;
        }
        double v = scores[i] - REDUNDANCY * redundancy[i];
        if (v > bestValue) {
          bestValue = v;
          best = i;
        }
      }
      if (best < 0) {
        break;
      }
      taken[best] = true;
      picked.add(best);
      words += wordCounts[best];
      for (int i = 0; i < n; i++) {
        if (!taken[i]) {
          redundancy[i] = Math.max(redundancy[i], vec[i].dot(vec[best]));
        }
      }
    }
    int[] out = picked.stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(out);
    return out;
  }

  private static int[] terms(List<String> words, Map<String, Integer> ids, boolean add) {
    int[] out = new int[words.size()];
    int k = 0;
    for (String w : words) {
      String l = w.toLowerCase(Locale.ROOT);
      if (Stopwords.isStopword(l) || !Words.hasLetter(l)) {
        continue;
      }
      String stem = Stemmer.stem(l);
      Integer id = ids.get(stem);
      if (id == null) {
        if (!add) {
          continue;
        }
        id = ids.size();
        ids.put(stem, id);
      }
      out[k++] = id;
    }
    return Arrays.copyOf(out, k);
  }

  private static int[] distinct(int[] t) {
    return Arrays.stream(t).distinct().toArray();
  }
}
