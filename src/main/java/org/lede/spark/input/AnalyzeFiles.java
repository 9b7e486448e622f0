package org.lede.spark.input;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.lede.analysis.AnalysisContext;
import org.lede.analysis.ArticleAnalysis;
import org.lede.analysis.ArticleAnalyzer;
import org.lede.analysis.ArticleIds;
import org.lede.analysis.Dates;
import org.lede.analysis.ParagraphAnalysis;
import org.lede.config.LedeConfig;
import org.lede.config.SentimentEngine;
import org.lede.ingest.FileReader;
import org.lede.ingest.RawArticle;
import org.lede.ingest.ReadResult;
import org.lede.ingest.Reject;
import org.lede.ingest.RejectReason;
import org.lede.readability.Readability;
import org.lede.sentiment.SentimentScores;
import org.lede.spark.output.RowBuilder;
import org.lede.spark.output.Schemas;
import org.lede.stories.Fingerprint;
import org.lede.stories.Packed;
import org.lede.text.Words;

/**
 * The one analysis step: reads the files of a partition record by record and turns each record into an
 * {@link Schemas#OUTCOME} row (an article with its paragraphs, or a reject). Lazy, so a partition holds one
 * record at a time.
 */
public final class AnalyzeFiles implements FlatMapFunction<Iterator<InputFile>, Row>, Serializable {
  private static final long serialVersionUID = 1L;

  private final HadoopConf conf;
  private final LedeConfig config;
  private final String runId;
  private final long processedAtMillis;
  private final ReadCounters counters;

  public AnalyzeFiles(HadoopConf conf, LedeConfig config, String runId, Instant processedAt, ReadCounters counters) {
    this.conf = conf;
    this.config = config;
    this.runId = runId;
    this.processedAtMillis = processedAt.toEpochMilli();
    this.counters = counters;
  }

  /** The analyzer for one partition, with the context (memos, buffers) the partition owns. */
  ArticleAnalyzer analyzer(AnalysisContext context) {
    return new ArticleAnalyzer(context, config.summary, config.sentimentEngine == SentimentEngine.LEXICON);
  }

  @Override
  public Iterator<Row> call(Iterator<InputFile> files) {
    AnalysisContext context = new AnalysisContext();
    ArticleAnalyzer analyzer = analyzer(context);
    Timestamp processedAt = new Timestamp(processedAtMillis);
    return new Iterator<>() {
      private FileReader current;
      private InputFile currentFile;
      private final java.util.ArrayDeque<Row> skippedRows = new java.util.ArrayDeque<>();
      private Row next;

      @Override
      public boolean hasNext() {
        while (next == null) {
          if (!skippedRows.isEmpty()) {
            next = skippedRows.poll();
            break;
          }
          if (current == null) {
            if (!files.hasNext()) {
              context.close();
              return false;
            }
            InputFile f = files.next();
            currentFile = f;
            current = new FileReader(f.path(), () -> f.open(conf.get()), config.ingest);
          }
          ReadResult r = current.next();
          if (r == null) {
            current.skipped().forEach((reason, n) -> skippedRows.add(skippedRow(currentFile.path(), reason, n)));
            current.close();
            current = null;
            counters.files.add(1);
            counters.bytes.add(currentFile.size());
          } else {
            next = toRow(r, analyzer, processedAt);
          }
        }
        return true;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row r = next;
        next = null;
        return r;
      }
    };
  }

  Row toRow(ReadResult r, ArticleAnalyzer analyzer, Timestamp processedAt) {
    counters.records.add(1);
    if (r instanceof RawArticle a) {
      if (!hasWord(a)) {
        r = Reject.of(a.sourcePath(), a.locator(), RejectReason.NO_WORDS,
            "the text has no words (only punctuation, symbols or spaces)", String.join("\n", a.paragraphs()));
      } else {
        counters.articles.add(1);
        return articleRow(a, analyzer.analyze(a.title(), a.paragraphs(), a.language()), processedAt);
      }
    }
    return rejectRow((Reject) r, processedAt);
  }

  Row rejectRow(Reject j, Timestamp processedAt) {
    Row reject = new RowBuilder(Schemas.REJECT)
        .set("source_path", j.sourcePath())
        .set("record_locator", j.locator())
        .set("reason_code", j.reasonCode())
        .set("reason", j.reason())
        .set("raw_excerpt", j.rawExcerpt())
        .set("run_id", runId)
        .set("processed_at", processedAt)
        .build();
    return outcome("reject", j.sourcePath(), null, null, reject, null, null);
  }

  static Row skippedRow(String path, String reason, long records) {
    return outcome("skipped", path, null, null, null,
        new RowBuilder(Schemas.SKIPPED).set("reason", reason).set("records", records).build(), null);
  }

  private static Row outcome(String kind, String path, Row article, Object paragraphs, Row reject, Row skipped,
      Row fingerprint) {
    return new RowBuilder(Schemas.OUTCOME).set("kind", kind).set("source_path", path).set("article", article)
        .set("paragraphs", paragraphs).set("reject", reject).set("skipped", skipped)
        .set("fingerprint", fingerprint).build();
  }

  private static boolean hasWord(RawArticle a) {
    for (String p : a.paragraphs()) {
      for (int i = 0; i < p.length(); i++) {
        if (Words.isWordChar(p.charAt(i))) {
          return true;
        }
      }
    }
    return false;
  }

  private Row articleRow(RawArticle a, ArticleAnalysis x, Timestamp processedAt) {
    String id = ArticleIds.articleId(a.id(), a.sourcePath(), a.recordIndex());
    List<String> flags = new ArrayList<>(a.flags());
    Instant published = Dates.parse(a.publishedAt());
    Instant captured = Dates.parse(a.capturedAt());
    if (a.publishedAt() != null && published == null) {
      flags.add(Dates.UNPARSED);
    }
    flags.addAll(x.flags());
    Readability.Scores s = x.readability();
    SentimentScores m = x.sentiment();
    Row article = new RowBuilder(Schemas.ARTICLE)
        .set("article_id", id)
        .set("source_path", a.sourcePath())
        .set("source", a.source())
        .set("url", a.url())
        .set("title", a.title())
        .set("byline", a.byline())
        .set("published_at", published == null ? null : Timestamp.from(published))
        .set("language", x.language())
        .set("paragraph_count", x.paragraphs().size())
        .set("sentence_count", x.sentenceCount())
        .set("word_count", x.counts().words)
        .set("syllable_count", x.counts().syllables)
        .set("flesch_reading_ease", s.fleschReadingEase())
        .set("flesch_kincaid_grade", s.fleschKincaidGrade())
        .set("gunning_fog", s.gunningFog())
        .set("smog_index", s.smogIndex())
        .set("coleman_liau_index", s.colemanLiauIndex())
        .set("automated_readability_index", s.automatedReadabilityIndex())
        .set("dale_chall_score", s.daleChallScore())
        .set("reading_grade", s.readingGrade())
        .set("reading_level", s.readingLevel())
        .set("sentiment_compound", m == null ? null : m.compound())
        .set("sentiment_positive", m == null ? null : m.positive())
        .set("sentiment_neutral", m == null ? null : m.neutral())
        .set("sentiment_negative", m == null ? null : m.negative())
        .set("sentiment_label", x.sentimentLabel())
        .set("summary", x.summary())
        .set("summary_sentence_indexes", seq(boxed(x.summarySentenceIndexes())))
        .set("content_sha256", ArticleIds.contentSha256(a.title(), a.paragraphs()))
        .set("run_id", runId)
        .set("processed_at", processedAt)
        .set("linsear_write", s.linsearWrite())
        .set("most_positive_paragraph", x.mostPositiveParagraph())
        .set("most_negative_paragraph", x.mostNegativeParagraph())
        .set("record_locator", a.locator())
        .set("flags", seq(flags))
        .set("captured_at", captured == null ? null : Timestamp.from(captured))
        .build();
    List<Row> paragraphs = new ArrayList<>(x.paragraphs().size());
    for (ParagraphAnalysis p : x.paragraphs()) {
      Readability.Scores ps = p.readability();
      SentimentScores pm = p.sentiment();
      paragraphs.add(new RowBuilder(Schemas.PARAGRAPH)
          .set("article_id", id)
          .set("paragraph_index", p.index())
          .set("text", p.text())
          .set("word_count", p.wordCount())
          .set("sentence_count", p.sentenceCount())
          .set("flesch_reading_ease", ps.fleschReadingEase())
          .set("flesch_kincaid_grade", ps.fleschKincaidGrade())
          .set("reading_grade", ps.readingGrade())
          .set("sentiment_compound", pm == null ? null : pm.compound())
          .set("sentiment_positive", pm == null ? null : pm.positive())
          .set("sentiment_neutral", pm == null ? null : pm.neutral())
          .set("sentiment_negative", pm == null ? null : pm.negative())
          .set("sentiment_label", p.sentimentLabel())
          .set("key_sentence", p.keySentence())
          .set("reading_level", ps.readingLevel())
          .set("flags", seq(p.flags()))
          .build());
    }
    return outcome("article", a.sourcePath(), article, seq(paragraphs), null, null,
        config.stories.enabled() ? fingerprintRow(Fingerprint.of(a.paragraphs())) : null);
  }

  private static Row fingerprintRow(Fingerprint f) {
    return new RowBuilder(Schemas.FINGERPRINT)
        .set("values", Packed.pack(f.values()))
        .set("paragraph_ends", Packed.pack(f.paragraphEnds()))
        .set("paragraph_hashes", seq(java.util.Arrays.stream(f.paragraphHashes()).boxed().toList()))
        .build();
  }

  /** Array columns of external Rows must be Scala sequences. */
  private static <T> scala.collection.Seq<T> seq(List<T> list) {
    return scala.collection.JavaConverters.asScalaBuffer(list);
  }

  private static List<Integer> boxed(int[] xs) {
    return java.util.Arrays.stream(xs).boxed().toList();
  }
}
