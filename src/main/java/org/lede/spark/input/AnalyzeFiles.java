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
import org.lede.analysis.ParagraphAnalysis;
import org.lede.config.LedeConfig;
import org.lede.config.SentimentEngine;
import org.lede.ingest.FileReader;
import org.lede.ingest.ReadResult;
import org.lede.ingest.Reject;
import org.lede.ingest.RejectReason;
import org.lede.process.ArticleProcessor;
import org.lede.process.DateWindow;
import org.lede.process.Processed;
import org.lede.process.ProcessedArticle;
import org.lede.process.TableValues;
import org.lede.readability.Readability;
import org.lede.sentiment.SentimentScores;
import org.lede.spark.output.RowBuilder;
import org.lede.spark.output.Schemas;
import org.lede.spark.stories.StoryStep;
import org.lede.stories.Fingerprint;
import org.lede.stories.Packed;

/**
 * The one analysis step: reads the files of a partition record by record and turns each record into an
 * {@link Schemas#OUTCOME} row (an article with its paragraphs, or a reject). Lazy, so a partition holds one
 * record at a time.
 */
public final class AnalyzeFiles implements FlatMapFunction<Iterator<InputPart>, Row>, Serializable {
  private static final long serialVersionUID = 1L;

  private final HadoopConf conf;
  private final LedeConfig config;
  private final String runId;
  private final long processedAtMillis;
  private final ReadCounters counters;
  private final DateWindow dates;

  public AnalyzeFiles(HadoopConf conf, LedeConfig config, String runId, Instant processedAt, DateWindow dates,
      ReadCounters counters) {
    this.conf = conf;
    this.config = config;
    this.runId = runId;
    this.processedAtMillis = processedAt.toEpochMilli();
    this.dates = dates;
    this.counters = counters;
  }

  /** The processor for one partition, with the analysis context (memos, buffers) the partition owns. */
  ArticleProcessor processor(AnalysisContext context) {
    return new ArticleProcessor(
        new ArticleAnalyzer(context, config.summary, config.sentimentEngine == SentimentEngine.LEXICON), dates,
        config.stories.enabled(), config.sourceNames);
  }

  @Override
  public Iterator<Row> call(Iterator<InputPart> files) {
    AnalysisContext context = new AnalysisContext();
    ArticleProcessor processor = processor(context);
    Timestamp processedAt = new Timestamp(processedAtMillis);
    return new Iterator<>() {
      private FileReader current;
      private InputPart currentPart;
      /** The current part's stream (the latest, if the reader opens it again) and its bytes counted so far. */
      private CountedInput stream;
      private long counted;
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
            InputPart part = files.next();
            InputFile f = part.file();
            long at = part.start() == 0 ? 0 : part.start() - 1; // a part is read from the byte before it
            currentPart = part;
            counted = 0;
            current = new FileReader(f.path(), () -> stream = new CountedInput(f.open(conf.get(), at)),
                config.ingest, part.filePart());
          }
          ReadResult r;
          try {
            r = current.next();
          } catch (RuntimeException | Error e) {
            throw RecordFailure.reading(currentPart.toString(), e);
          }
          if (r == null) {
            String path = currentPart.file().path();
            current.skipped().forEach((reason, n) -> skippedRows.add(skippedRow(path, reason, n)));
            current.close();
            current = null;
            if (currentPart.last()) {
              counters.files.add(1);
            }
            counters.bytes.add(currentPart.size() - counted);
            stream = null;
          } else {
            next = toRow(r, processor, processedAt);
            countBytes();
          }
        }
        return true;
      }

      /** The part's bytes read so far, up to its size (its last record may run past its end), to the counter. */
      private void countBytes() {
        long now = stream == null ? counted : Math.min(stream.count(), currentPart.size());
        if (now > counted) {
          counters.bytes.add(now - counted);
          counted = now;
        }
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

  /**
   * The outcome row of one record. A failure here is a bug for this record: it becomes an
   * {@code analysis_failed} reject, or (an Error such as running out of memory) fails the task with a message
   * that names the file and the record.
   */
  Row toRow(ReadResult r, ArticleProcessor processor, Timestamp processedAt) {
    counters.records.add(1);
    try {
      Processed x = processor.process(r);
      if (x instanceof ProcessedArticle a) {
        Row row = articleRow(a, processedAt);
        counters.articles.add(1);
        return row;
      }
      return rejectRow(((Processed.Rejected) x).reject(), processedAt);
    } catch (RuntimeException | StackOverflowError e) {
      return rejectRow(Reject.of(r.sourcePath(), r.locator(), RejectReason.ANALYSIS_FAILED,
          "the record could not be turned into rows (a bug in lede; please report it with this line): "
              + ArticleProcessor.describe(e), null), processedAt);
    } catch (Error e) {
      throw RecordFailure.analysing(r.sourcePath(), r.locator(), e);
    }
  }

  Row rejectRow(Reject j, Timestamp processedAt) {
    List<String> ignored = new ArrayList<>();
    Row reject = new RowBuilder(Schemas.REJECT)
        .set("source_path", TableValues.clean(j.sourcePath(), ignored))
        .set("record_locator", TableValues.clean(j.locator(), ignored))
        .set("reason_code", j.reasonCode())
        .set("reason", TableValues.clean(j.reason(), ignored))
        .set("raw_excerpt", TableValues.clean(j.rawExcerpt(), ignored))
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
      Row story) {
    return new RowBuilder(Schemas.OUTCOME).set("kind", kind).set("source_path", path).set("article", article)
        .set("paragraphs", paragraphs).set("reject", reject).set("skipped", skipped)
        .set("story", story).build();
  }

  private Row articleRow(ProcessedArticle a, Timestamp processedAt) {
    String id = a.articleId();
    ArticleAnalysis x = a.analysis();
    Readability.Scores s = x.readability();
    SentimentScores m = x.sentiment();
    ArticleAnalysis.LanguageEases eases = x.languageEases();
    Row article = new RowBuilder(Schemas.ARTICLE)
        .set("article_id", id)
        .set("source_path", a.sourcePath())
        .set("source", a.source())
        .set("url", a.url())
        .set("title", a.title())
        .set("byline", a.byline())
        .set("published_at", a.publishedAt() == null ? null : Timestamp.from(a.publishedAt()))
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
        .set("content_sha256", a.contentSha256())
        .set("run_id", runId)
        .set("processed_at", processedAt)
        .set("linsear_write", s.linsearWrite())
        .set("most_positive_paragraph", x.mostPositiveParagraph())
        .set("most_negative_paragraph", x.mostNegativeParagraph())
        .set("record_locator", a.locator())
        .set("flags", seq(a.flags()))
        .set("captured_at", a.capturedAt() == null ? null : Timestamp.from(a.capturedAt()))
        .set("raw_values", a.rawValues().isEmpty() ? null : scalaMap(a.rawValues()))
        .set("lix", x.lix())
        .set("rix", x.rix())
        .set("language_reading_ease", eases.article().score())
        .set("language_reading_formula", eases.article().formula())
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
          .set("lix", x.lix(p))
          .set("rix", x.rix(p))
          .set("language_reading_ease", eases.paragraphs()[p.index()].score())
          .set("language_reading_formula", eases.paragraphs()[p.index()].formula())
          .build());
    }
    return outcome("article", a.sourcePath(), article, seq(paragraphs), null, null,
        a.fingerprint() == null ? null : storyRow(a, x.summary(), processedAt));
  }

  /** What the story step reads of an article ({@link Schemas#STORY_INPUT}). */
  private static Row storyRow(ProcessedArticle a, String summary, Timestamp processedAt) {
    Fingerprint f = a.fingerprint();
    Instant seen = a.publishedAt() != null ? a.publishedAt()
        : a.capturedAt() != null ? a.capturedAt() : processedAt.toInstant();
    return new RowBuilder(Schemas.STORY_INPUT)
        .set("article_id", a.articleId())
        .set("source", a.source())
        .set("url", a.url())
        .set("title", a.title())
        .set("summary", summary)
        .set("seen_at", Timestamp.from(seen))
        .set("key", StoryStep.orderKey(seen, a.articleId()))
        .set("text_key", f.textKey())
        .set("values", Packed.pack(f.values()))
        .set("paragraph_ends", Packed.pack(f.paragraphEnds()))
        .set("paragraph_hashes", seq(java.util.Arrays.stream(f.paragraphHashes()).boxed().toList()))
        .build();
  }

  /** Array columns of external Rows must be Scala sequences. */
  private static <T> scala.collection.Seq<T> seq(List<T> list) {
    return scala.collection.JavaConverters.asScalaBuffer(list);
  }

  /** Map columns of external Rows must be Scala maps. */
  private static scala.collection.Map<String, String> scalaMap(java.util.Map<String, String> m) {
    return scala.collection.JavaConverters.mapAsScalaMap(m);
  }

  private static List<Integer> boxed(int[] xs) {
    return java.util.Arrays.stream(xs).boxed().toList();
  }
}
