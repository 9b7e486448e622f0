package org.lede.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.lede.text.Stemmer;
import org.lede.text.Stopwords;
import org.lede.text.Words;

/**
 * Extractive summariser for news (README, "Summaries").
 *
 * <p>Centrality: sentences are linked by the TextRank similarity, shared stemmed content words divided by
 * {@code ln(words_i) + ln(words_j)}, to the {@link #WINDOW} sentences on each side (fewer in articles so long
 * that the graph would pass {@link #EDGE_BUDGET} edges), and ranked by PageRank ({@link #DAMPING},
 * at most {@link #ITERATIONS} iterations, fewer once the L1 change is below {@link #CONVERGED}). Windowing
 * keeps the graph sparse, so cost grows linearly with length.
 *
 * <p>Two modes follow the length setting:
 * <ul>
 *   <li><b>digest</b> (a sentence count, the default): news puts the essentials first, so a lead prior
 *       {@code exp(-i / k)} for sentence i and summary size k is added with weight {@link #W_LEAD}, counting
 *       from the first sentence whose PageRank reaches the article's mean (in an article of at least
 *       {@link #FEATURE_LEDE_MIN} sentences): openings before it are a feature lede, scene-setting that
 *       shares little with the story ("With summer around the corner, icy treats are back on the menu."), and
 *       get no lead prior; sentences longer than {@link #LONG_SENTENCE} words lose {@link #W_LONG} per
 *       multiple of that length; and the tf-idf similarity to the headline adds with weight
 *       {@link #W_HEADLINE};
 *   <li><b>extract</b> ({@code summary.ratio}): a share of the article is kept, and centrality alone
 *       decides, which is what covers an article best.
 * </ul>
 * Sentences are then picked greedily by score minus {@link #REDUNDANCY} times their highest tf-idf cosine with
 * a sentence already picked (MMR); a near-duplicate (cosine at least {@link #DUPLICATE}) is never picked.
 * The summary keeps article order.
 *
 * <p>Some sentences are no summary material ({@link #kindOf}): page furniture ("Scroll down for video",
 * "Click here to ...") in either mode, and, in a digest, questions, which news uses as rhetorical openers
 * ("Think it's hard to redeem your miles?") rather than to state anything. They are picked only when nothing
 * else is left, so a one-sentence article still has its sentence as summary.
 */
public final class Summarizer {
  static final int WINDOW = 30;
  static final double DAMPING = 0.85;
  static final int ITERATIONS = 20;
  /** PageRank stops early once the ranks move by less than this in total. */
  static final double CONVERGED = 1e-4;
  static final double W_LEAD = 3.0;
  static final double W_LONG = 1.0;
  static final int LONG_SENTENCE = 25;
  static final double W_HEADLINE = 0.3;
  static final double REDUNDANCY = 0.3;
  static final double DUPLICATE = 0.8;
  /**
   * Sentences an article needs before its opening can be judged a feature lede: PageRank over a handful of
   * sentences says little about which one is central.
   */
  static final int FEATURE_LEDE_MIN = 10;
  /** Score lowered from sentences that are no summary material: below any other sentence's. */
  static final double UNSUITABLE = 1_000;

  /** What a sentence is, for summaries. */
  public enum Kind {
    STATEMENT, QUESTION, FURNITURE
  }

  private static final String[] FURNITURE_OPENINGS = {"scroll down for", "scroll down to", "click here",
      "read more:", "share this article", "advertisement"};

  /**
   * A sentence's kind: {@link Kind#FURNITURE} when it opens like page furniture left in a web page's text
   * ("Scroll down for video", "Click here to ...", "Read more:", "Share this article", "Advertisement");
   * {@link Kind#QUESTION} when it ends with a question mark (before any closing quotes or brackets).
   */
  public static Kind kindOf(String sentence) {
    for (String f : FURNITURE_OPENINGS) {
      if (sentence.regionMatches(true, 0, f, 0, f.length())) {
        return Kind.FURNITURE;
      }
    }
    int e = sentence.length() - 1;
    while (e >= 0 && "\"'\u201D\u2019)] ".indexOf(sentence.charAt(e)) >= 0) {
      e--;
    }
    return e >= 0 && sentence.charAt(e) == '?' ? Kind.QUESTION : Kind.STATEMENT;
  }

  /** Length control: ratio (when &gt; 0) wins over the sentence count; maxWords (when &gt; 0) caps both. */
  public record Length(int sentences, double ratio, int maxWords) implements java.io.Serializable {
    public static final Length DEFAULT = new Length(3, 0, 0);

    int target(int available) {
      int n = ratio > 0 ? (int) Math.ceil(ratio * available) : sentences;
      return Math.max(1, Math.min(n, available));
    }

    boolean digest() {
      return ratio <= 0;
    }
  }

  /** Selected sentence indexes (ascending) and every sentence's score. */
  public record Result(int[] selected, double[] scores) {}

  private final Length length;

  public Summarizer(Length length) {
    this.length = length;
  }

  /**
   * A term (stem of a content word) as a shared object, so that an article's term ids are assigned without
   * hashing: callers that keep one {@code Term} per stem (a per-thread memo) pass the same object for every
   * occurrence. Not thread-safe: the object records the id it has in the article being read.
   */
  public static final class Term {
    final String stem;
    private long article = -1;
    private int id;

    public Term(String stem) {
      this.stem = stem;
    }
  }

  private static final AtomicLong ARTICLES = new AtomicLong();

  /** The article's sentences as the summariser needs them, fed one at a time (words are tokenised once). */
  public static final class Input {
    private final long article = ARTICLES.getAndIncrement();
    private final List<Term> terms = new ArrayList<>();
    private final List<int[]> termLists = new ArrayList<>();
    private final List<Integer> wordCounts = new ArrayList<>();
    private final List<Kind> kinds = new ArrayList<>();
    private Map<String, Term> own; // terms of sentences given as words

    /** Adds the next sentence. */
    public void add(String sentence) {
      if (own == null) {
        own = new HashMap<>();
      }
      List<String> words = Words.of(sentence);
      add(sentence, words.size(), k -> {
        String t = term(words.get(k));
        return t == null ? null : own.computeIfAbsent(t, Term::new);
      });
    }

    /**
     * Adds the next sentence, of {@code wordCount} words, given the {@link Term} of word k (null for a stop
     * word), the same object for the same stem.
     */
    public void add(String sentence, int wordCount, IntFunction<Term> termOf) {
      kinds.add(kindOf(sentence));
      wordCounts.add(wordCount);
      int[] out = new int[wordCount];
      int k = 0;
      for (int w = 0; w < wordCount; w++) {
        Term t = termOf.apply(w);
        if (t != null) {
          if (t.article != article) {
            t.article = article;
            t.id = terms.size();
            terms.add(t);
          }
          out[k++] = t.id;
        }
      }
      termLists.add(Arrays.copyOf(out, k));
    }

    /** The id of a stem in this article, or -1. */
    int idOf(String stem) {
      for (Term t : terms) {
        if (t.stem.equals(stem)) {
          return t.id;
        }
      }
      return -1;
    }

    public int size() {
      return termLists.size();
    }
  }

  /**
   * @param sentences the body sentences in order
   * @param title the headline, or null
   */
  public Result summarize(List<String> sentences, String title) {
    Input input = new Input();
    for (String s : sentences) {
      input.add(s);
    }
    return summarize(input, title);
  }

  public Result summarize(Input input, String title) {
    int n = input.size();
    if (n == 0) {
      return new Result(new int[0], new double[0]);
    }
    List<int[]> termLists = input.termLists;
    int[][] termSets = new int[n][];
    int[] wordCounts = new int[n];
    for (int i = 0; i < n; i++) {
      wordCounts[i] = input.wordCounts.get(i);
      termSets[i] = distinctSorted(termLists.get(i));
    }
    int[] df = new int[input.terms.size()];
    for (int[] t : termSets) {
      for (int id : t) {
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

    double[] centrality = pageRank(termSets, wordCounts, df);
    double maxC = 0;
    double meanC = 0;
    for (double c : centrality) {
      maxC = Math.max(maxC, c);
      meanC += c / n;
    }
    int k = length.target(n);
    // the lead is the first sentence at least as central as the average one: openings before it are a
    // feature lede, scene-setting that shares little with the story
    int leadStart = 0;
    if (length.digest() && n >= FEATURE_LEDE_MIN && n > k) {
      // (the tolerance keeps equal ranks, as in an article whose sentences share no word, from all
      // falling below their own mean by rounding)
      while (leadStart < n - 1 && centrality[leadStart] < meanC * (1 - 1e-9)) {
        leadStart++;
      }
    }
    SparseVector titleVec = null;
    if (length.digest() && title != null && !title.isBlank()) {
      titleVec = SparseVector.tfidf(knownTerms(Words.of(title), input), idf);
    }
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      double s = maxC > 0 ? centrality[i] / maxC : 0;
      if (length.digest()) {
        if (i >= leadStart) {
          s += W_LEAD * Math.exp(-(double) (i - leadStart) / k);
        }
        s -= W_LONG * Math.max(0, (wordCounts[i] - LONG_SENTENCE) / (double) LONG_SENTENCE);
        if (titleVec != null) {
          s += W_HEADLINE * titleVec.dot(vec[i]);
        }
      }
      Kind kind = input.kinds.get(i);
      if (kind == Kind.FURNITURE || kind == Kind.QUESTION && length.digest()) {
        s -= UNSUITABLE;
      }
      scores[i] = wordCounts[i] == 0 ? Double.NEGATIVE_INFINITY : s;
    }
    return new Result(select(scores, vec, wordCounts, k), scores);
  }

  /** Edges of the graph at most, about: the window narrows for very long articles (down to 3). */
  static final int EDGE_BUDGET = 2_000_000;

  /** Sentences on each side that a sentence is linked to, for an article of n sentences. */
  static int window(int n) {
    return Math.max(3, Math.min(WINDOW, EDGE_BUDGET / Math.max(1, 2 * n)));
  }

  /** PageRank over the windowed TextRank similarity graph, stored sparsely (neighbours with shared words). */
  /**
   * @param df for each term id, the number of sentences that hold it
   */
  static double[] pageRank(int[][] termSets, int[] wordCounts, int[] df) {
    int n = termSets.length;
    int window = window(n);
    // each pair's overlap is counted once, through the terms' postings (the sentences holding each term),
    // and stored on both ends; neighbour lists stay in ascending order
    int capacity = Math.min(2 * window, n - 1);
    int[][] neighbours = new int[n][capacity];
    float[][] weights = new float[n][capacity];
    int[] degree = new int[n];
    double[] outSum = new double[n];
    double[] logLength = new double[n];
    for (int i = 0; i < n; i++) {
      logLength[i] = Math.log(wordCounts[i]);
    }
    int[][] postings = postings(termSets, df);
    int[] cursor = new int[postings.length]; // per term: first posting not yet behind the current sentence
    int[] shared = new int[n];
    for (int i = 0; i < n; i++) {
      if (wordCounts[i] <= 1) {
        continue;
      }
      int last = Math.min(n - 1, i + window);
      for (int t : termSets[i]) {
        int[] p = postings[t];
        int q = cursor[t];
        while (q < p.length && p[q] <= i) {
          q++;
        }
        cursor[t] = q;
        for (; q < p.length && p[q] <= last; q++) {
          shared[p[q]]++;
        }
      }
      for (int j = i + 1; j <= last; j++) {
        if (shared[j] > 0) {
          if (wordCounts[j] > 1) {
            float w = (float) (shared[j] / (logLength[i] + logLength[j]));
            neighbours[i][degree[i]] = j;
            weights[i][degree[i]++] = w;
            neighbours[j][degree[j]] = i;
            weights[j][degree[j]++] = w;
          }
          shared[j] = 0;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      neighbours[i] = Arrays.copyOf(neighbours[i], degree[i]);
      weights[i] = Arrays.copyOf(weights[i], degree[i]);
      for (float w : weights[i]) {
        outSum[i] += w;
      }
    }
    double[] rank = new double[n];
    Arrays.fill(rank, 1.0 / n);
    double[] next = new double[n];
    double[] spread = new double[n]; // rank[j] / outSum[j]: what j passes along each unit of edge weight
    for (int it = 0; it < ITERATIONS; it++) {
      for (int j = 0; j < n; j++) {
        spread[j] = outSum[j] == 0 ? 0 : rank[j] / outSum[j];
      }
      // weights are symmetric, so each sentence gathers from its own neighbour list (no scattered writes)
      for (int i = 0; i < n; i++) {
        int[] from = neighbours[i];
        float[] w = weights[i];
        double in = 0;
        for (int x = 0; x < from.length; x++) {
          in += w[x] * spread[from[x]];
        }
        next[i] = (1 - DAMPING) / n + DAMPING * in;
      }
      double change = 0;
      for (int i = 0; i < n; i++) {
        change += Math.abs(next[i] - rank[i]);
      }
      double[] t = rank;
      rank = next;
      next = t;
      if (change < CONVERGED) {
        break;
      }
    }
    return rank;
  }

  /** For each term id, the ascending indexes of the sentences that hold it ({@code df[id]} of them). */
  private static int[][] postings(int[][] termSets, int[] df) {
    int[][] out = new int[df.length][];
    for (int id = 0; id < df.length; id++) {
      out[id] = new int[df[id]];
    }
    int[] size = new int[df.length];
    for (int s = 0; s < termSets.length; s++) {
      for (int id : termSets[s]) {
        out[id][size[id]++] = s;
      }
    }
    return out;
  }


  private int[] select(double[] scores, SparseVector[] vec, int[] wordCounts, int target) {
    int n = scores.length;
    boolean[] taken = new boolean[n];
    double[] redundancy = new double[n];
    List<Integer> picked = new ArrayList<>();
    int words = 0;
    while (picked.size() < target) {
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (taken[i] || redundancy[i] >= DUPLICATE || scores[i] == Double.NEGATIVE_INFINITY) {
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

  private static int[] distinctSorted(int[] ids) {
    int[] a = ids.clone();
    Arrays.sort(a);
    int k = 0;
    for (int i = 0; i < a.length; i++) {
      if (k == 0 || a[i] != a[k - 1]) {
        a[k++] = a[i];
      }
    }
    return k == a.length ? a : Arrays.copyOf(a, k);
  }

  /** A word's term for sentence similarity: the stem of its lower-case form, or null for stop words. */
  public static String term(String word) {
    String l = word.toLowerCase(Locale.ROOT);
    return Stopwords.isStopword(l) || !Words.hasLetter(l) ? null : Stemmer.stem(l);
  }

  /** Term ids of known terms (title words not in the article are left out). */
  private static int[] knownTerms(List<String> words, Input input) {
    int[] out = new int[words.size()];
    int k = 0;
    for (String w : words) {
      String t = term(w);
      int id = t == null ? -1 : input.idOf(t);
      if (id >= 0) {
        out[k++] = id;
      }
    }
    return Arrays.copyOf(out, k);
  }
}
