package org.lede.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lede.analysis.ArticleAnalysis;
import org.lede.analysis.ArticleAnalyzer;
import org.lede.analysis.ArticleIds;
import org.lede.analysis.Dates;
import org.lede.ingest.RawArticle;
import org.lede.ingest.ReadResult;
import org.lede.ingest.Reject;
import org.lede.ingest.RejectReason;
import org.lede.stories.Fingerprint;
import org.lede.text.Words;

/**
 * From a record as read to an article ready for the tables, in plain Java: the values made valid for their
 * columns ({@link TableValues}), the dates parsed and checked against the {@link DateWindow}, the id, the
 * no-words check, the analysis, the content hash and the story fingerprint. A record that cannot become an
 * article is a {@link Reject}: {@code no_words}, or {@code analysis_failed} when the analysis throws (a bug:
 * the reason names the exception and where it was thrown, and the run goes on).
 */
public final class ArticleProcessor {
  /** Longest title, byline, source and URL kept (longer metadata is not what its field means). */
  public static final int MAX_TITLE = 1_000;
  public static final int MAX_BYLINE = 500;
  public static final int MAX_SOURCE = 300;
  public static final int MAX_URL = 8_192;
  public static final int MAX_ID = 256;

  /** The text analysis of one article ({@link ArticleAnalyzer#analyze}). */
  public interface Analysis {
    ArticleAnalysis analyze(String title, List<String> paragraphs, String declaredLanguage);
  }

  private final Analysis analyzer;
  private final DateWindow window;
  private final boolean fingerprints;
  private final SourceNames sources;

  public ArticleProcessor(ArticleAnalyzer analyzer, DateWindow window, boolean fingerprints) {
    this(analyzer, window, fingerprints, SourceNames.NONE);
  }

  public ArticleProcessor(ArticleAnalyzer analyzer, DateWindow window, boolean fingerprints, SourceNames sources) {
    this((Analysis) analyzer::analyze, window, fingerprints, sources);
  }

  public ArticleProcessor(Analysis analyzer, DateWindow window, boolean fingerprints) {
    this(analyzer, window, fingerprints, SourceNames.NONE);
  }

  /** {@code sources} names the outlet of a record that carries none ({@link SourceNames}). */
  public ArticleProcessor(Analysis analyzer, DateWindow window, boolean fingerprints, SourceNames sources) {
    this.analyzer = analyzer;
    this.window = window;
    this.fingerprints = fingerprints;
    this.sources = sources;
  }

  /** The record read, processed: a reader's reject stays what it is. */
  public Processed process(ReadResult r) {
    return r instanceof RawArticle a ? process(a) : new Processed.Rejected((Reject) r);
  }

  /** A {@link ProcessedArticle}, or the reject the record becomes. */
  public Processed process(RawArticle a) {
    List<String> flags = new ArrayList<>(a.flags());
    Map<String, String> raw = new LinkedHashMap<>();
    List<String> paragraphs = new ArrayList<>(a.paragraphs().size());
    for (String p : a.paragraphs()) {
      String c = TableValues.clean(p, flags);
      if (!c.isBlank()) {
        paragraphs.add(c);
      }
    }
    if (!hasWord(paragraphs)) {
      return new Processed.Rejected(Reject.of(a.sourcePath(), a.locator(), RejectReason.NO_WORDS,
          "the text has no words (only punctuation, symbols or spaces)", String.join("\n", a.paragraphs())));
    }
    String title = TableValues.bounded(a.title(), MAX_TITLE, flags);
    String byline = TableValues.bounded(a.byline(), MAX_BYLINE, flags);
    String url = TableValues.clean(a.url(), flags);
    if (url != null && url.length() > MAX_URL) {
      raw.put("url", TableValues.excerpt(url));
      TableValues.flag(flags, TableValues.OVERSIZED_FIELD);
      url = null; // a URL cut short is not the page's address
    }
    String source = TableValues.bounded(a.source(), MAX_SOURCE, flags);
    if (source == null || source.isBlank()) {
      source = TableValues.bounded(sources.of(a.sourcePath(), url), MAX_SOURCE, flags);
    }
    String id = TableValues.clean(a.id(), flags);
    if (id != null && id.strip().length() > MAX_ID) {
      raw.put("article_id", TableValues.excerpt(id));
      TableValues.flag(flags, TableValues.OVERSIZED_FIELD);
      id = ArticleIds.sha256(id.strip());
    }
    Instant published = date("published_at", a.publishedAt(), Dates.UNPARSED, flags, raw);
    Instant captured = date("captured_at", a.capturedAt(), null, flags, raw);
    ArticleAnalysis x;
    try {
      x = analyzer.analyze(title, paragraphs, a.language());
    } catch (RuntimeException | StackOverflowError e) {
      return new Processed.Rejected(Reject.of(a.sourcePath(), a.locator(), RejectReason.ANALYSIS_FAILED,
          "the analysis failed on this record (a bug in lede; please report it with this line): " + describe(e),
          String.join("\n", paragraphs)));
    }
    x = Measures.finite(x, flags);
    flags.addAll(x.flags());
    return new ProcessedArticle(ArticleIds.articleId(id, a.sourcePath(), a.recordIndex()), a.sourcePath(),
        a.locator(), title, byline, url, source, published, captured, x,
        ArticleIds.contentSha256(title, paragraphs), flags, raw, fingerprints ? Fingerprint.of(paragraphs) : null);
  }

  /**
   * A date column's value: the parsed date when it lies in the window; null otherwise, with the raw text in
   * {@code raw} and the flag {@code unparsedFlag} (a text that is no date) or {@code implausible_date}.
   */
  private Instant date(String column, String text, String unparsedFlag, List<String> flags, Map<String, String> raw) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Instant t = Dates.parse(text);
    if (t != null && window.contains(t)) {
      return t;
    }
    raw.put(column, TableValues.excerpt(text));
    TableValues.flag(flags, t == null && unparsedFlag != null ? unparsedFlag : TableValues.IMPLAUSIBLE_DATE);
    return null;
  }

  private static boolean hasWord(List<String> paragraphs) {
    for (String p : paragraphs) {
      for (int i = 0; i < p.length(); i++) {
        if (Words.isWordChar(p.charAt(i))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The exception, its message and the innermost frame of lede's code it passed through. */
  public static String describe(Throwable e) {
    StringBuilder b = new StringBuilder(e.getClass().getName());
    if (e.getMessage() != null) {
      b.append(": ").append(e.getMessage(), 0, Math.min(300, e.getMessage().length()));
    }
    for (StackTraceElement f : e.getStackTrace()) {
      if (f.getClassName().startsWith("org.lede.")) {
        b.append(" at ").append(f);
        break;
      }
    }
    return b.toString();
  }
}
