package org.lede.spark;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.lede.analysis.AnalysisContext;
import org.lede.analysis.ArticleAnalysis;
import org.lede.analysis.ArticleAnalyzer;
import org.lede.analysis.ArticleIds;
import org.lede.analysis.Dates;
import org.lede.analysis.ParagraphAnalysis;
import org.lede.config.LedeConfig;
import org.lede.ingest.FileReader;
import org.lede.ingest.RawArticle;
import org.lede.ingest.ReadResult;
import org.lede.ingest.Reject;
import org.lede.ingest.RejectReason;
import org.lede.readability.Readability;
import org.lede.sentiment.SentimentScores;
import org.lede.text.Words;

/**
 * The one analysis step: reads the files of a partition record by record and turns each record into an
 * {@link Schemas#OUTCOME} row (an article with its paragraphs, or a reject). Lazy, so a partition holds one
 * record at a time.
 */
final class AnalyzeFiles implements FlatMapFunction<Iterator<InputFile>, Row>, Serializable {
  private static final long serialVersionUID = 1L;

  private final HadoopConf conf;
  private final LedeConfig config;
  private final String runId;
  private final long processedAtMillis;

  AnalyzeFiles(HadoopConf conf, LedeConfig config, String runId, Instant processedAt) {
    this.conf = conf;
    this.config = config;
    this.runId = runId;
    this.processedAtMillis = processedAt.toEpochMilli();
  }

  /** The analyzer for one partition, with the context (memos, buffers) the partition owns. */
  ArticleAnalyzer analyzer(AnalysisContext context) {
    return new ArticleAnalyzer(context, config.summary, config.sentimentEngine.equals("lexicon"));
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
    if (r instanceof RawArticle a) {
      if (!hasWord(a)) {
        r = Reject.of(a.sourcePath(), a.locator(), RejectReason.NO_WORDS,
            "the text has no words (only punctuation, symbols or spaces)", String.join("\n", a.paragraphs()));
      } else {
        return articleRow(a, analyzer.analyze(a.title(), a.paragraphs(), a.language()), processedAt);
      }
    }
    return rejectRow((Reject) r, processedAt);
  }

  Row rejectRow(Reject j, Timestamp processedAt) {
    Row reject = RowFactory.create(j.sourcePath(), j.locator(), j.reasonCode(), j.reason(), j.rawExcerpt(), runId,
        processedAt);
    return RowFactory.create("reject", j.sourcePath(), null, null, reject, null);
  }

  static Row skippedRow(String path, String reason, long records) {
    return RowFactory.create("skipped", path, null, null, null, RowFactory.create(reason, records));
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
    Row article = RowFactory.create(
        id, a.sourcePath(), a.source(), a.url(), a.title(), a.byline(),
        published == null ? null : Timestamp.from(published),
        x.language(), x.paragraphs().size(), x.sentenceCount(), x.counts().words, x.counts().syllables,
        s.fleschReadingEase(), s.fleschKincaidGrade(), s.gunningFog(), s.smogIndex(), s.colemanLiauIndex(),
        s.automatedReadabilityIndex(), s.daleChallScore(), s.readingGrade(), s.readingLevel(),
        m == null ? null : m.compound(), m == null ? null : m.positive(), m == null ? null : m.neutral(),
        m == null ? null : m.negative(), x.sentimentLabel(),
        x.summary(), seq(toList(x.summarySentenceIndexes())),
        ArticleIds.contentSha256(a.title(), a.paragraphs()), runId, processedAt,
        s.linsearWrite(), x.mostPositiveParagraph(), x.mostNegativeParagraph(), a.locator(), seq(flags),
        captured == null ? null : Timestamp.from(captured));
    List<Row> paragraphs = new ArrayList<>(x.paragraphs().size());
    for (ParagraphAnalysis p : x.paragraphs()) {
      Readability.Scores ps = p.readability();
      SentimentScores pm = p.sentiment();
      paragraphs.add(RowFactory.create(
          id, p.index(), p.text(), p.wordCount(), p.sentenceCount(),
          ps.fleschReadingEase(), ps.fleschKincaidGrade(), ps.readingGrade(),
          pm == null ? null : pm.compound(), pm == null ? null : pm.positive(),
          pm == null ? null : pm.neutral(), pm == null ? null : pm.negative(), p.sentimentLabel(),
          p.keySentence(), ps.readingLevel(), seq(p.flags())));
    }
    return RowFactory.create("article", a.sourcePath(), article, seq(paragraphs), null, null);
  }

  /** Array columns of external Rows must be Scala sequences. */
  private static <T> scala.collection.Seq<T> seq(List<T> list) {
    return scala.collection.JavaConverters.asScalaBuffer(list);
  }

  private static List<Integer> toList(int[] xs) {
    List<Integer> l = new ArrayList<>(xs.length);
    for (int x : xs) {
      l.add(x);
    }
    return l;
  }
}
