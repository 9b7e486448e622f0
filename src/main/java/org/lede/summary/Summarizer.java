package org.lede.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.Locale;
import org.lede.text.Stemmer;
import org.lede.text.Stopwords;
import org.lede.text.Words;

/**
 * Extractive summariser for news (src/docs/measures.md, "Summaries"): centrality from the {@link SentenceGraph}, then
 * scores by mode, then {@link Selection}.
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
 * Some sentences are no summary material ({@link SentenceKind}): page furniture in either mode, and, in a
 * digest, questions. They are picked only when nothing else is left, so a one-sentence article still has its
 * sentence as summary. The summary keeps article order.
 */
public final class Summarizer {
  static final double W_LEAD = 3.0;
  static final double W_LONG = 1.0;
  static final int LONG_SENTENCE = 25;
  static final double W_HEADLINE = 0.3;
  /**
   * Sentences an article needs before its opening can be judged a feature lede: PageRank over a handful of
   * sentences says little about which one is central.
   */
  static final int FEATURE_LEDE_MIN = 10;
  /** Score lowered from sentences that are no summary material: below any other sentence's. */
  static final double UNSUITABLE = 1_000;

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

  /** The article's sentences as the summariser needs them, fed one at a time (words are tokenised once). */
  public static final class Input {
    private final TermIds ids;
    private final List<int[]> termLists = new ArrayList<>();
    private final List<Integer> wordCounts = new ArrayList<>();
    private final List<SentenceKind> kinds = new ArrayList<>();

    /** An article whose term ids come from {@code ids} (started afresh here). */
    public Input(TermIds ids) {
      this.ids = ids;
      ids.begin();
    }

    /** An article whose terms are found from its words' text. */
    public Input() {
      this(new TermIds());
    }

    /**
     * Adds the next sentence, tokenising it itself: for callers without a token stream (the benchmark's cost
     * curve, unit tests of the selection); the analysis feeds {@link #add(String, int, int[])}.
     */
    public void add(String sentence) {
      add(sentence, Summarizer::term, false);
    }

    /**
     * Adds the next sentence, its words' terms given by {@code term} (null for a stop word): a language's
     * own stemmer and stop words ({@link org.lede.text.LanguageTerms}).
     */
    public void add(String sentence, Function<String, String> term, boolean wholeParagraph) {
      List<String> words = Words.of(sentence);
      int[] out = new int[words.size()];
      int k = 0;
      for (String w : words) {
        String stem = term.apply(w);
        if (stem != null) {
          out[k++] = ids.of(stem);
        }
      }
      addTerms(sentence, words.size(), Arrays.copyOf(out, k), wholeParagraph);
    }

    /**
     * Adds the next sentence, of {@code wordCount} words, word k's stem given by the stable id
     * {@code stemIds[k]} ({@link TermIds#of(int)}), or -1 for a stop word; {@code wholeParagraph} when it is
     * its paragraph's only sentence (a crosshead is one, {@link SentenceKind#of(String, int, boolean)}).
     */
    public void add(String sentence, int wordCount, int[] stemIds, boolean wholeParagraph) {
      int terms = 0;
      for (int w = 0; w < wordCount; w++) {
        if (stemIds[w] >= 0) {
          terms++;
        }
      }
      int[] out = new int[terms];
      int k = 0;
      for (int w = 0; w < wordCount; w++) {
        if (stemIds[w] >= 0) {
          out[k++] = ids.of(stemIds[w]);
        }
      }
      addTerms(sentence, wordCount, out, wholeParagraph);
    }

    private void addTerms(String sentence, int wordCount, int[] articleTermIds, boolean wholeParagraph) {
      kinds.add(SentenceKind.of(sentence, wordCount, wholeParagraph));
      wordCounts.add(wordCount);
      termLists.add(articleTermIds);
    }

    public int size() {
      return termLists.size();
    }
  }

  /** The summary of an article whose headline is {@code title} (null for none), its words found here. */
  public Result summarize(Input input, String title) {
    return summarize(input, title, Summarizer::term);
  }

  /** {@link #summarize(Input, String)}, the headline's terms given by {@code term}, as the sentences' were. */
  public Result summarize(Input input, String title, Function<String, String> term) {
    boolean hasTitle = title != null && !title.isBlank();
    return summarizeTerms(input, hasTitle ? knownTerms(Words.of(title), input.ids, term) : null);
  }

  /**
   * The summary of an article whose headline's words have the stem ids {@code titleStemIds} (as given to
   * {@link Input#add(String, int, int[])}: -1 for a stop word), or null when it has no headline.
   */
  public Result summarizeWithTitleStems(Input input, int[] titleStemIds) {
    if (titleStemIds == null) {
      return summarizeTerms(input, null);
    }
    int[] terms = new int[titleStemIds.length];
    int k = 0;
    for (int stemId : titleStemIds) {
      int id = stemId < 0 ? -1 : input.ids.find(stemId);
      if (id >= 0) {
        terms[k++] = id; // title words not in the article are left out
      }
    }
    return summarizeTerms(input, Arrays.copyOf(terms, k));
  }

  /** @param titleTerms the article term ids of the headline's words, or null when it has none */
  private Result summarizeTerms(Input input, int[] titleTerms) {
    int n = input.size();
    if (n == 0) {
      return new Result(new int[0], new double[0]);
    }
    List<int[]> termLists = input.termLists;
    int[][] termSets = new int[n][];
    int[] wordCounts = new int[n];
    for (int i = 0; i < n; i++) {
      wordCounts[i] = input.wordCounts.get(i);
      Arrays.sort(termLists.get(i)); // each sentence's terms are sorted once, for both uses below
      termSets[i] = distinct(termLists.get(i));
    }
    int[] df = new int[input.ids.size()];
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
      vec[i] = SparseVector.tfidfSorted(termLists.get(i), termSets[i].length, idf);
    }

    double[] centrality = SentenceGraph.pageRank(termSets, wordCounts, df);
    double maxC = 0;
    double meanC = 0;
    for (double c : centrality) {
      maxC = Math.max(maxC, c);
      meanC += c / n;
    }
    // crossheads are never summary sentences, nor counted among those a ratio takes a share of; unless the
    // text is nothing but short lines (a list, a poem), which are then its sentences
    int crossheads = (int) input.kinds.stream().filter(x -> x == SentenceKind.CROSSHEAD).count();
    boolean skipCrossheads = crossheads < n;
    int k = length.target(skipCrossheads ? n - crossheads : n);
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
    if (length.digest() && titleTerms != null) {
      titleVec = SparseVector.tfidf(titleTerms, idf);
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
      SentenceKind kind = input.kinds.get(i);
      if (kind == SentenceKind.FURNITURE || kind == SentenceKind.QUESTION && length.digest()) {
        s -= UNSUITABLE;
      }
      boolean crosshead = kind == SentenceKind.CROSSHEAD && skipCrossheads;
      scores[i] = wordCounts[i] == 0 || crosshead ? Double.NEGATIVE_INFINITY : s;
    }
    return new Result(Selection.select(scores, vec, wordCounts, k, length.maxWords()), scores);
  }

  /** The distinct ids of a sorted array (the array itself when they are all distinct; it is not changed). */
  private static int[] distinct(int[] a) {
    int k = 0;
    for (int i = 0; i < a.length; i++) {
      if (i == 0 || a[i] != a[i - 1]) {
        k++;
      }
    }
    if (k == a.length) {
      return a;
    }
    int[] out = new int[k];
    k = 0;
    for (int i = 0; i < a.length; i++) {
      if (i == 0 || a[i] != a[i - 1]) {
        out[k++] = a[i];
      }
    }
    return out;
  }

  /** A word's term for sentence similarity: the stem of its lower-case form, or null for stop words. */
  public static String term(String word) {
    String l = word.toLowerCase(Locale.ROOT);
    return Stopwords.isStopword(l) || !Words.hasLetter(l) ? null : Stemmer.stem(l);
  }

  /** Term ids of known terms (title words not in the article are left out). */
  private static int[] knownTerms(List<String> words, TermIds ids, Function<String, String> term) {
    int[] out = new int[words.size()];
    int k = 0;
    for (String w : words) {
      String t = term.apply(w);
      int id = t == null ? -1 : ids.find(t);
      if (id >= 0) {
        out[k++] = id;
      }
    }
    return Arrays.copyOf(out, k);
  }
}
