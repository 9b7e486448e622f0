package org.lede.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import com.johnsnowlabs.nlp.annotators.sda.pragmatic.SentimentDetector;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.lede.analysis.ArticleAnalyzer;
import org.lede.config.LedeConfig;
import org.lede.ingest.RawArticle;
import org.lede.ingest.TextFormat;
import org.lede.spark.LedeJob;
import org.lede.spark.RunSpec;
import org.lede.spark.output.RunSummary;
import org.lede.summary.Summarizer;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * lede's benchmark (README, "Performance"): the text engine alone on one thread, the whole job in local mode
 * at two corpus sizes, the long-document cases, and the equivalent Spark NLP pipeline on the same data.
 * Usage: Benchmark OUT_DIR SMALL_MB LARGE_MB NLP_MB
 */
public final class Benchmark {
  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
    int smallMb = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    int largeMb = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    int nlpMb = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("cores", Runtime.getRuntime().availableProcessors());
    result.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);

    Path small = corpus(out, smallMb, 1);
    Path large = corpus(out, largeMb, 2);
    Path nlp = corpus(out, nlpMb, 3);

    // the job as users run it, in fresh processes, before anything else uses the cores
    String root = System.getProperty("lede.root", "");
    int freshMb = Integer.getInteger("lede.bench.fresh.mb", 160);
    if (!root.isEmpty() && freshMb > 0) {
      String news = System.getProperty("lede.bench.jsonl", "");
      Path many = news.isEmpty() ? jsonLines(out, corpus(out, freshMb, 4)) : Path.of(news);
      result.put("fresh_jobs", FreshJobs.run(Path.of(root), out, many));
    }
    result.put("engine_single_thread", engine());
    result.put("long_documents", longDocuments());
    result.put("html_extraction", htmlExtraction());

    HeapWatch heap = new HeapWatch();
    heap.start();
    SparkSession spark = SparkSession.builder().appName("lede-benchmark")
        .master(System.getProperty("spark.master", "local[*]")).config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4").getOrCreate();
    try {
      job(spark, nlp, out.resolve("out-warm-up")); // JIT and Spark's first-job costs are not the corpus's
      result.put("job_small", job(spark, small, out.resolve("out-small")));
      // the large corpus with and without the story step, three times each, in turns: one run of each differs
      // from the next by more than the step costs
      List<Map<String, Object>> on = new ArrayList<>();
      List<Map<String, Object>> off = new ArrayList<>();
      for (int i = 0; i < RUNS; i++) {
        off.add(job(spark, List.of(large), out.resolve("out-large-off"), "stories.enabled=false"));
        on.add(job(spark, large, out.resolve("out-large")));
      }
      result.put("job_large", median(on));
      result.put("job_large_stories_off", median(off));
      // the same articles as JSON Lines, as news APIs and crawlers deliver them: the margin between the two sizes
      result.put("job_small_jsonl", job(spark, jsonLines(out, small), out.resolve("out-small-jsonl")));
      result.put("job_large_jsonl", job(spark, jsonLines(out, large), out.resolve("out-large-jsonl")));
      result.put("job_small_and_planted_story", job(spark, List.of(small, planted(out, 10_000)),
          out.resolve("out-planted")));
      Map<String, Object> ledeSame = job(spark, nlp, out.resolve("out-nlp-same"));
      Map<String, Object> sparkNlp = sparkNlp(spark, nlp, out);
      result.put("job_on_spark_nlp_corpus", ledeSame);
      result.put("spark_nlp_pipeline", sparkNlp);
      result.put("lede_over_spark_nlp", round((double) ledeSame.get("mb_per_s") / (double) sparkNlp.get("mb_per_s")));
    } finally {
      spark.stop();
      heap.stop = true;
    }
    result.put("peak_heap_mb", heap.peak >> 20);
    Path json = out.resolve("benchmark.json");
    Files.write(json, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(result));
    print(result);
    System.out.println("JSON: " + json);
  }

  /** Runs of the large corpus with the story step and without. */
  static final int RUNS = 3;

  static Path corpus(Path out, int mb, long seed) throws IOException {
    Path dir = out.resolve("corpus-" + mb + "mb-g" + CorpusGenerator.VERSION);
    Path done = dir.resolve("_GENERATED");
    if (!Files.exists(done)) {
      int n = CorpusGenerator.generate(dir, (long) mb << 20, seed);
      Files.writeString(done, n + "\n");
    }
    return dir;
  }

  static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".jsonl")).sorted()
          .collect(Collectors.toList());
    }
  }

  /**
   * A corpus's articles as JSON Lines (cached next to it): 1,000 articles a file, each with an id, title, byline,
   * text (paragraphs separated by blank lines), url, source (one of eight outlets) and publication time.
   */
  static Path jsonLines(Path out, Path corpus) throws IOException {
    Path dir = out.resolve(corpus.getFileName() + "-jsonl");
    Path done = dir.resolve("_GENERATED");
    if (Files.exists(done)) {
      return dir;
    }
    Files.createDirectories(dir);
    ObjectMapper json = new ObjectMapper();
    List<Path> texts = files(corpus);
    StringBuilder lines = new StringBuilder();
    int part = 0;
    for (int i = 0; i < texts.size(); i++) {
      Path f = texts.get(i);
      String name = f.getFileName().toString().replace(".txt", "");
      RawArticle a = (RawArticle) TextFormat.parse(f.toString(), Files.readString(f), List.of());
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("id", name);
      o.put("title", a.title());
      o.put("byline", a.byline());
      o.put("text", String.join("\n\n", a.paragraphs()));
      o.put("url", "https://news" + (i % 8) + ".example/" + name);
      o.put("source", "News " + (i % 8));
      o.put("published_at", java.time.Instant.parse("2026-01-01T00:00:00Z").plusSeconds(37L * i).toString());
      lines.append(json.writeValueAsString(o)).append('\n');
      if ((i + 1) % 1000 == 0 || i == texts.size() - 1) {
        Files.writeString(dir.resolve(String.format("part-%04d.jsonl", part++)), lines);
        lines.setLength(0);
      }
    }
    Files.writeString(done, texts.size() + "\n");
    return dir;
  }

  /**
   * The text engine alone on one thread, measured by JMH ({@link EngineBenchmark}: warm-up iterations, then
   * measured ones, in a forked JVM): the whole engine and its hot paths, each in MB/s of article text.
   */
  static Map<String, Object> engine() throws RunnerException {
    List<RawArticle> sample = EngineBenchmark.sample();
    long bytes = 0;
    for (RawArticle a : sample) {
      bytes += a.title() == null ? 0 : a.title().getBytes(StandardCharsets.UTF_8).length;
      for (String p : a.paragraphs()) {
        bytes += p.getBytes(StandardCharsets.UTF_8).length + 2;
      }
    }
    double mb = bytes / 1048576.0;
    Options options = new OptionsBuilder().include(EngineBenchmark.class.getName() + "\\.").build();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mb", round(mb));
    m.put("articles", sample.size());
    for (RunResult r : new Runner(options).run()) {
      String name = r.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      double opsPerSecond = r.getPrimaryResult().getScore();
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("mb_per_s", round(opsPerSecond * mb));
      one.put("mb_per_s_error_99", round(r.getPrimaryResult().getScoreError() * mb));
      one.put("articles_per_s", round(opsPerSecond * sample.size()));
      m.put(name, one);
      if (name.equals("wholeEngine")) {
        m.put("seconds", round(1 / opsPerSecond));
        m.put("mb_per_s", round(opsPerSecond * mb));
        m.put("articles_per_s", round(opsPerSecond * sample.size()));
      }
    }
    return m;
  }

  /**
   * The HTML reader on one thread, in pages per second (best of three passes after three warm-up passes):
   * on 200 synthetic pages from {@link PageGenerator}, and on the pages of a folder when the system
   * property {@code lede.bench.html} names one ({@code .html} and {@code .html.gz} files, such as the
   * development pages of the extraction evaluation).
   */
  static Map<String, Object> htmlExtraction() throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    Random r = new Random(11);
    List<String> synthetic = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      synthetic.add(PageGenerator.page(r));
    }
    m.put("synthetic_pages", pagesPerSecond(synthetic));
    String dir = System.getProperty("lede.bench.html", "");
    if (!dir.isEmpty() && Files.isDirectory(Path.of(dir))) {
      List<String> pages = new ArrayList<>();
      try (Stream<Path> s = Files.list(Path.of(dir))) {
        for (Path p : s.sorted().collect(Collectors.toList())) {
          String name = p.getFileName().toString();
          if (name.endsWith(".html") || name.endsWith(".html.gz")) {
            byte[] bytes = Files.readAllBytes(p);
            if (name.endsWith(".gz")) {
              try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
              }
            }
            pages.add(org.lede.ingest.Decoded.of(bytes).text());
          }
        }
      }
      m.put("folder", dir);
      m.put("folder_pages", pagesPerSecond(pages));
    }
    return m;
  }

  private static Map<String, Object> pagesPerSecond(List<String> pages) {
    long chars = 0;
    for (String p : pages) {
      chars += p.length();
    }
    double best = Double.MAX_VALUE;
    for (int pass = 0; pass < 6; pass++) {
      long t0 = System.nanoTime();
      for (String p : pages) {
        org.lede.ingest.html.HtmlReader.read("p.html", "file", 0, p, null, List.of());
      }
      double sec = (System.nanoTime() - t0) / 1e9;
      if (pass >= 3) {
        best = Math.min(best, sec);
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pages", pages.size());
    m.put("mean_kb", round(chars / 1024.0 / Math.max(1, pages.size())));
    m.put("pages_per_s", round(pages.size() / best));
    m.put("mb_per_s", round(chars / 1048576.0 / best));
    return m;
  }

  /** Article lengths, in sentences, of the summariser's cost curve. */
  static final int[] CURVE_SENTENCES = {625, 1_250, 2_500, 5_000, 10_000, 20_000, 40_000};

  /**
   * One 1 MB paragraph against a thousand 1 KB paragraphs, one 5,000-sentence article through the whole
   * analyzer, and the summariser's cost curve: one article of each length in {@link #CURVE_SENTENCES}.
   */
  static Map<String, Object> longDocuments() {
    Random r = new Random(9);
    ArticleAnalyzer analyzer = new ArticleAnalyzer(new org.lede.analysis.AnalysisContext(), Summarizer.Length.DEFAULT, true);
    String big = CorpusGenerator.paragraph(r, 1 << 20);
    List<String> smalls = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      smalls.add(CorpusGenerator.paragraph(r, 1024));
    }
    StringBuilder sb = new StringBuilder();
    List<String> fiveThousand = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      sb.setLength(0);
      for (int s = 0; s < 5; s++) {
        CorpusGenerator.sentence(r, sb);
        sb.append(' ');
      }
      fiveThousand.add(sb.toString().trim());
    }
    for (int warm = 0; warm < 2; warm++) {
      analyzer.analyze("T", List.of(big), null);
      for (String s : smalls) {
        analyzer.analyze("T", List.of(s), null);
      }
      analyzer.analyze("T", fiveThousand, null);
    }
    long t0 = System.nanoTime();
    analyzer.analyze("T", List.of(big), null);
    double bigSec = (System.nanoTime() - t0) / 1e9;
    t0 = System.nanoTime();
    for (String s : smalls) {
      analyzer.analyze("T", List.of(s), null);
    }
    double smallSec = (System.nanoTime() - t0) / 1e9;
    t0 = System.nanoTime();
    int sentences = analyzer.analyze("T", fiveThousand, null).sentenceCount();
    double fiveSec = (System.nanoTime() - t0) / 1e9;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("one_1mb_paragraph_seconds", round(bigSec));
    m.put("thousand_1kb_paragraphs_seconds", round(smallSec));
    m.put("ratio", round(bigSec / smallSec));
    m.put("article_sentences", sentences);
    m.put("five_thousand_sentence_article_seconds", round(fiveSec));
    m.put("summary_cost_curve", summaryCurve(r));
    return m;
  }

  /** Milliseconds and microseconds per sentence to summarise one article of each length (best of three). */
  static List<Map<String, Object>> summaryCurve(Random r) {
    StringBuilder sb = new StringBuilder();
    List<List<String>> articles = new ArrayList<>();
    for (int n : CURVE_SENTENCES) {
      List<String> sentences = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        sb.setLength(0);
        CorpusGenerator.sentence(r, sb);
        sentences.add(sb.toString().trim());
      }
      articles.add(sentences);
    }
    Summarizer summarizer = new Summarizer(Summarizer.Length.DEFAULT);
    for (int warm = 0; warm < 3; warm++) {
      for (List<String> a : articles) {
        summarizer.summarize(input(a), "T");
      }
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (List<String> a : articles) {
      double best = Double.MAX_VALUE;
      for (int rep = 0; rep < 3; rep++) {
        Summarizer.Input input = input(a);
        long t0 = System.nanoTime();
        summarizer.summarize(input, "T");
        best = Math.min(best, (System.nanoTime() - t0) / 1e9);
      }
      Map<String, Object> point = new LinkedHashMap<>();
      point.put("sentences", a.size());
      point.put("milliseconds", round(best * 1e3));
      point.put("microseconds_per_sentence", round(best * 1e6 / a.size()));
      out.add(point);
    }
    return out;
  }

  /** The job's settings: no reject limit, plus LEDE_BENCH_SET (KEY=VALUE;KEY=VALUE) to compare settings. */
  static List<String> settings() {
    List<String> settings = new ArrayList<>(List.of("run.max-reject-ratio=1"));
    String extra = System.getProperty("lede.bench.set", "");
    for (String kv : extra.split(";")) {
      if (!kv.isBlank()) {
        settings.add(kv.trim());
      }
    }
    return settings;
  }

  static final String[] PLANTED_KINDS = {"headline", "cut", "intro", "footer", "edits"};

  /**
   * One story of {@code copies} copies of one generated article: every fifth the same text, the others cut,
   * with an introduction or footer, or with one word in twenty changed.
   */
  static Path planted(Path out, int copies) throws IOException {
    Path dir = out.resolve("planted-" + copies + "-g" + CorpusGenerator.VERSION);
    Path done = dir.resolve("_GENERATED");
    if (!Files.exists(done)) {
      Random r = new Random(99);
      String[] parts = CorpusGenerator.article(r, 10).split("\n\n");
      List<String> body = new ArrayList<>(List.of(parts).subList(1, parts.length - 1));
      for (int i = 0; i < copies; i++) {
        List<String> ps = StoryEval.copy(PLANTED_KINDS[i % PLANTED_KINDS.length], body, r);
        Path f = dir.resolve(String.format("p%02d/copy-%06d.txt", i % 50, i));
        Files.createDirectories(f.getParent());
        Files.writeString(f, "Copy " + i + " of " + parts[0] + "\n\n" + String.join("\n\n", ps) + "\n");
      }
      Files.writeString(done, copies + "\n");
    }
    return dir;
  }

  /** The run of median time, with every run's time ({@code seconds_runs}). */
  static Map<String, Object> median(List<Map<String, Object>> runs) {
    List<Map<String, Object>> sorted = new ArrayList<>(runs);
    sorted.sort(java.util.Comparator.comparingDouble(m -> (double) m.get("seconds")));
    Map<String, Object> m = new LinkedHashMap<>(sorted.get(sorted.size() / 2));
    m.put("seconds_runs", runs.stream().map(r -> r.get("seconds")).toList());
    return m;
  }

  static Map<String, Object> job(SparkSession spark, Path corpus, Path out) throws IOException {
    return job(spark, List.of(corpus), out);
  }

  static Map<String, Object> job(SparkSession spark, List<Path> corpora, Path out, String... extra)
      throws IOException {
    long bytes = 0;
    for (Path corpus : corpora) {
      for (Path f : files(corpus)) {
        bytes += Files.size(f);
      }
    }
    List<String> settings = new ArrayList<>(settings());
    settings.addAll(List.of(extra));
    if (Files.exists(out)) { // each job on a fresh output: no earlier night's stories
      try (Stream<Path> s = Files.walk(out)) {
        for (Path p : (Iterable<Path>) s.sorted(java.util.Comparator.reverseOrder())::iterator) {
          Files.delete(p);
        }
      }
    }
    long t0 = System.nanoTime();
    RunSummary s = LedeJob.run(spark, new RunSpec(corpora.stream().map(Path::toString).toList(), out.toString(),
        LocalDate.parse("2026-01-01"), LedeConfig.load(null, settings), null, true));
    double sec = (System.nanoTime() - t0) / 1e9;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mb", round(bytes / 1048576.0));
    m.put("articles", s.articles());
    m.put("paragraphs", s.paragraphs());
    m.put("seconds", round(sec));
    m.put("mb_per_s", round(bytes / 1048576.0 / sec));
    m.put("articles_per_s", round(s.articles() / sec));
    if (s.stories() != null) {
      m.put("stories_seconds", round(s.durations().storiesMs() / 1000.0));
      m.put("stories", s.stories().stories());
      m.put("candidate_pairs", s.stories().candidatePairs());
      m.put("copy_pairs", s.stories().copyPairs());
      m.put("largest_story", s.stories().largestGroup());
    }
    return m;
  }

  /** DocumentAssembler, SentenceDetector, Tokenizer and SentimentDetector with the VADER lexicon's words. */
  static Map<String, Object> sparkNlp(SparkSession spark, Path corpus, Path out) throws IOException {
    Path dict = out.resolve("sentiment-dictionary.txt");
    StringBuilder b = new StringBuilder();
    try (var in = Benchmark.class.getResourceAsStream("/org/lede/sentiment/vader_lexicon.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] f = line.split("\t");
        if (f.length >= 2 && f[0].matches("[a-z][a-z'-]*")) {
          double v = Double.parseDouble(f[1]);
          if (Math.abs(v) >= 0.5) {
            b.append(f[0]).append(',').append(v > 0 ? "positive" : "negative").append('\n');
          }
        }
      }
    }
    Files.writeString(dict, b.toString());
    long bytes = 0;
    for (Path f : files(corpus)) {
      bytes += Files.size(f);
    }
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol("value");
    document.setOutputCol("document");
    SentenceDetector sentence = new SentenceDetector();
    sentence.setInputCols(new String[] {"document"});
    sentence.setOutputCol("sentence");
    Tokenizer token = new Tokenizer();
    token.setInputCols(new String[] {"sentence"});
    token.setOutputCol("token");
    SentimentDetector sentiment = new SentimentDetector();
    sentiment.setInputCols(new String[] {"token", "sentence"});
    sentiment.setOutputCol("sentiment");
    sentiment.setDictionary(dict.toString(), ",", com.johnsnowlabs.nlp.util.io.ReadAs.TEXT(),
        scala.collection.immutable.Map$.MODULE$.<String, String>empty());
    Dataset<Row> texts = spark.read().option("wholetext", true).text(corpus.toString() + "/*/*.txt");
    var model = new Pipeline().setStages(new PipelineStage[] {document, sentence, token, sentiment}).fit(texts);
    long t0 = System.nanoTime();
    model.transform(texts).select("sentiment.result").write().format("noop").mode("overwrite").save();
    double sec = (System.nanoTime() - t0) / 1e9;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mb", round(bytes / 1048576.0));
    m.put("seconds", round(sec));
    m.put("mb_per_s", round(bytes / 1048576.0 / sec));
    return m;
  }

  static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }

  @SuppressWarnings("unchecked")
  static void print(Map<String, Object> r) {
    System.out.println();
    Map<String, Object> fresh = (Map<String, Object>) r.get("fresh_jobs");
    if (fresh != null) {
      System.out.printf("fresh processes (jobs/lede run, stories off), %s MB of JSON Lines, medians of %d runs:%n",
          fresh.get("jsonl_mb"), FreshJobs.RUNS);
      for (String k : new String[] {"many_files_local2", "many_files_local1", "one_file_local2", "small_local2"}) {
        Map<String, Object> m = (Map<String, Object>) fresh.get(k);
        System.out.printf("  %-22s %8s s %8s MB/s   JIT %s, GC %s of the CPU time%n", k, m.get("median_seconds"),
            m.get("median_mb_per_s"), m.get("median_jit_share"), m.get("median_gc_share"));
      }
      System.out.printf("  local[2] over local[1]: %sx; one file over many: %sx; margin (1/8 to all): %s MB/s%n",
          fresh.get("local2_over_local1"), fresh.get("one_file_over_many"), fresh.get("margin_mb_per_s"));
    }
    System.out.printf("%-40s %10s %10s %12s %12s%n", "measure", "MB", "seconds", "MB/s", "articles/s");
    for (String k : new String[] {"engine_single_thread", "job_small", "job_large", "job_large_stories_off",
        "job_small_jsonl", "job_large_jsonl", "job_small_and_planted_story", "job_on_spark_nlp_corpus",
        "spark_nlp_pipeline"}) {
      Map<String, Object> m = (Map<String, Object>) r.get(k);
      Object sec = m.get("seconds");
      System.out.printf("%-40s %10s %10s %12s %12s%n", k, m.get("mb"), sec, m.get("mb_per_s"),
          m.getOrDefault("articles_per_s", "-"));
    }
    for (String k : new String[] {"job_small", "job_large", "job_small_and_planted_story"}) {
      Map<String, Object> m = (Map<String, Object>) r.get(k);
      System.out.printf("%-40s %s s of %s s; %s stories, %s candidate pairs, %s copy pairs, largest %s%n",
          "  story step: " + k, m.get("stories_seconds"), m.get("seconds"), m.get("stories"),
          m.get("candidate_pairs"), m.get("copy_pairs"), m.get("largest_story"));
    }
    for (String[] pair : new String[][] {{"job_small", "job_large"}, {"job_small_jsonl", "job_large_jsonl"}}) {
      Map<String, Object> a = (Map<String, Object>) r.get(pair[0]);
      Map<String, Object> b = (Map<String, Object>) r.get(pair[1]);
      System.out.printf("%-40s %.2f MB/s%n", "  margin: " + pair[0] + " to " + pair[1],
          ((double) b.get("mb") - (double) a.get("mb")) / ((double) b.get("seconds") - (double) a.get("seconds")));
    }
    Map<String, Object> large = (Map<String, Object>) r.get("job_large");
    Map<String, Object> largeOff = (Map<String, Object>) r.get("job_large_stories_off");
    double on = (double) large.get("seconds");
    double off = (double) largeOff.get("seconds");
    System.out.printf("%-40s %+.1f%% (median of %d runs each: %s s with, runs %s; %s s without, runs %s)%n",
        "  stories' cost on the large corpus", 100 * (on - off) / off, RUNS, on, large.get("seconds_runs"), off,
        largeOff.get("seconds_runs"));
    System.out.printf("%-40s %.1f%% (%s s of the median run with stories)%n", "  the story step's own time",
        100 * (double) large.get("stories_seconds") / off, large.get("stories_seconds"));
    Map<String, Object> e = (Map<String, Object>) r.get("engine_single_thread");
    for (String k : new String[] {"sentencesAndTokens", "withoutSentiment"}) {
      Map<String, Object> m = (Map<String, Object>) e.get(k);
      if (m != null) {
        System.out.printf("%-40s %10s %10s %12s %12s%n", "  engine part: " + k, e.get("mb"), "-",
            m.get("mb_per_s") + " ±" + m.get("mb_per_s_error_99"), m.get("articles_per_s"));
      }
    }
    Map<String, Object> l = (Map<String, Object>) r.get("long_documents");
    System.out.printf("%-40s %s s vs %s s for 1,000 x 1 KB (ratio %s)%n", "one 1 MB paragraph",
        l.get("one_1mb_paragraph_seconds"), l.get("thousand_1kb_paragraphs_seconds"), l.get("ratio"));
    System.out.printf("%-40s %s s (%s sentences)%n", "one 5,000-sentence article",
        l.get("five_thousand_sentence_article_seconds"), l.get("article_sentences"));
    for (Map<String, Object> point : (List<Map<String, Object>>) l.get("summary_cost_curve")) {
      System.out.printf("%-40s %s ms, %s us per sentence%n", "  summary of " + point.get("sentences")
          + " sentences", point.get("milliseconds"), point.get("microseconds_per_sentence"));
    }
    Map<String, Object> h = (Map<String, Object>) r.get("html_extraction");
    for (String k : new String[] {"synthetic_pages", "folder_pages"}) {
      Map<String, Object> m = (Map<String, Object>) h.get(k);
      if (m != null) {
        System.out.printf("%-40s %s pages/s, %s MB/s (%s pages, mean %s KB)%n", "HTML extraction, one thread, "
            + k.replace("_pages", ""), m.get("pages_per_s"), m.get("mb_per_s"), m.get("pages"), m.get("mean_kb"));
      }
    }
    System.out.printf("%-40s %s%n", "lede / Spark NLP (same data)", r.get("lede_over_spark_nlp"));
    System.out.printf("%-40s %s MB (max heap %s MB, %s cores)%n", "peak heap, driver + executor",
        r.get("peak_heap_mb"), r.get("max_heap_mb"), r.get("cores"));
  }

  /** Samples heap use every 50 ms. */
  static final class HeapWatch extends Thread {
    volatile boolean stop;
    volatile long peak;

    HeapWatch() {
      setDaemon(true);
      setName("heap-watch");
    }

    @Override
    public void run() {
      while (!stop) {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
          if (pool.getType() == MemoryType.HEAP) {
            used += pool.getUsage().getUsed();
          }
        }
        peak = Math.max(peak, used);
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  private static Summarizer.Input input(List<String> sentences) {
    Summarizer.Input input = new Summarizer.Input();
    sentences.forEach(input::add);
    return input;
  }
}
