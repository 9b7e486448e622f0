package org.lede.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.lede.analysis.AnalysisContext;
import org.lede.analysis.ArticleAnalyzer;
import org.lede.ingest.RawArticle;
import org.lede.ingest.TextFormat;
import org.lede.summary.Summarizer;
import org.lede.text.Bounded;
import org.lede.text.SentenceTokens;
import org.lede.text.Tokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of the text engine's hot paths on one thread, over the same in-memory sample of the synthetic
 * corpus ({@link #SAMPLE_BYTES} of articles): one operation is one pass over the whole sample, so MB/s is
 * operations per second times the sample's size ({@link Benchmark} does the arithmetic and prints it).
 * The context's memos are warm after the warm-up iterations, as in a long-running task, and so is the JIT: a
 * pass over the sample takes about 0.75 s at first, 0.22 s after 8 s and reaches its steady 0.16-0.19 s only
 * after about 12 s, so the warm-up lasts 20 s (it lasted 8 s, and the measurement took in the end of the
 * compilation).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
public class EngineBenchmark {
  /** Bytes (UTF-8) of articles in the sample. */
  public static final int SAMPLE_BYTES = 4 << 20;
  static final long SEED = 7;

  private List<RawArticle> articles;
  private ArticleAnalyzer analyzer;
  private ArticleAnalyzer withoutSentiment;
  private final SentenceTokens tokens = new SentenceTokens();

  /** The sample: the generator's articles, parsed as the job parses plain-text files. */
  public static List<RawArticle> sample() {
    Random r = new Random(SEED);
    List<RawArticle> out = new ArrayList<>();
    long bytes = 0;
    for (int n = 0; bytes < SAMPLE_BYTES; n++) {
      String text = CorpusGenerator.article(r, n % 20 == 19 ? 60 : 4 + r.nextInt(10));
      bytes += text.getBytes(StandardCharsets.UTF_8).length;
      out.add((RawArticle) TextFormat.parse("sample-" + n + ".txt", text, List.of()));
    }
    return out;
  }

  @Setup
  public void setUp() {
    articles = sample();
    analyzer = new ArticleAnalyzer(new AnalysisContext(), Summarizer.Length.DEFAULT, true);
    withoutSentiment = new ArticleAnalyzer(new AnalysisContext(), Summarizer.Length.DEFAULT, false);
  }

  /** Everything the job computes per article: the text engine as a whole. */
  @Benchmark
  public long wholeEngine() {
    long sink = 0;
    for (RawArticle a : articles) {
      sink += analyzer.analyze(a.title(), a.paragraphs(), null).counts().words;
    }
    return sink;
  }

  /** The engine without sentiment (as when a trained model scores it): the difference is sentiment's cost. */
  @Benchmark
  public long withoutSentiment() {
    long sink = 0;
    for (RawArticle a : articles) {
      sink += withoutSentiment.analyze(a.title(), a.paragraphs(), null).counts().words;
    }
    return sink;
  }

  /** Sentence splitting and the one tokenisation of each sentence (words and VADER tokens). */
  @Benchmark
  public long sentencesAndTokens() {
    long sink = 0;
    for (RawArticle a : articles) {
      for (String p : Bounded.paragraphs(a.paragraphs())) {
        for (String s : Bounded.sentences(p)) {
          sink += Tokenizer.tokenize(s, tokens).words();
        }
      }
    }
    return sink;
  }
}
