package org.lede.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lede.analysis.AnalysisContext;
import org.lede.analysis.ArticleAnalyzer;
import org.lede.analysis.Dates;
import org.lede.ingest.RawArticle;
import org.lede.summary.Summarizer;

/** A record as read becomes an article whose every value its table takes, or a reject with a reason. */
class ArticleProcessorTest {
  static final AnalysisContext CONTEXT = new AnalysisContext();
  static final DateWindow WINDOW = DateWindow.of(LocalDate.parse("1800-01-01"), LocalDate.parse("2026-04-01"),
      LocalDate.parse("2026-04-01"), 1);
  static final ArticleProcessor PROCESSOR = new ArticleProcessor(
      new ArticleAnalyzer(CONTEXT, Summarizer.Length.DEFAULT, true), WINDOW, true);
  static final String TEXT = "The council met on Tuesday and approved the budget for the coming year.";

  @AfterAll
  static void close() {
    CONTEXT.close();
  }

  static RawArticle raw(String id, String title, String published, String captured, String url, String... text) {
    return new RawArticle("file:/in/a.jsonl", "line 1", 0, id, title, null, published, url, null, null, captured,
        List.of(text), List.of());
  }

  static ProcessedArticle article(RawArticle r) {
    Processed p = PROCESSOR.process(r);
    assertThat(p).isInstanceOf(ProcessedArticle.class);
    return (ProcessedArticle) p;
  }

  @Test
  void placeholderAndOutOfRangeDatesBecomeNullWithTheRawValueKept() {
    for (String placeholder : List.of("0001-01-01T00:00:00Z", "0001-01-01", "9999-12-31T23:59:59Z",
        "1753-01-01T00:00:00", "+999999999-12-31T23:59:59Z", "2026-04-09T10:00:00Z")) {
      ProcessedArticle a = article(raw("a1", "Budget", placeholder, placeholder, null, TEXT));
      assertThat(a.publishedAt()).as(placeholder).isNull();
      assertThat(a.capturedAt()).as(placeholder).isNull();
      assertThat(a.flags()).as(placeholder).containsOnlyOnce(TableValues.IMPLAUSIBLE_DATE);
      assertThat(a.rawValues()).as(placeholder).containsEntry("published_at", placeholder)
          .containsEntry("captured_at", placeholder);
    }
  }

  @Test
  void plausibleDatesAreKeptAndTextThatIsNoDateIsFlaggedUnparsed() {
    ProcessedArticle a = article(raw("a1", "Budget", "2026-04-01T23:30:00-05:00", "1850-06-01", null, TEXT));
    assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-04-02T04:30:00Z"));
    assertThat(a.capturedAt()).isEqualTo(Instant.parse("1850-06-01T00:00:00Z"));
    assertThat(a.flags()).doesNotContain(TableValues.IMPLAUSIBLE_DATE, Dates.UNPARSED);
    assertThat(a.rawValues()).isEmpty();
    ProcessedArticle u = article(raw("a1", "Budget", "last Tuesday", null, null, TEXT));
    assertThat(u.publishedAt()).isNull();
    assertThat(u.flags()).contains(Dates.UNPARSED).doesNotContain(TableValues.IMPLAUSIBLE_DATE);
    assertThat(u.rawValues()).containsEntry("published_at", "last Tuesday");
  }

  @Test
  void controlCharactersAndUnpairedSurrogatesAreRemovedOrReplacedEverywhere() {
    ProcessedArticle a = article(raw("a\u0000\uD800", "Bud\u0000get \uDC00vote \uD83D\uDE00", null, null,
        "https://x.example/\u0007a", "The council\u0000 met \uD800on Tuesday.", "\u0000\u0001"));
    assertThat(a.articleId()).isEqualTo("a\uFFFD");
    assertThat(a.title()).isEqualTo("Budget \uFFFDvote \uD83D\uDE00");
    assertThat(a.url()).isEqualTo("https://x.example/a");
    assertThat(a.analysis().paragraphs()).hasSize(1);
    assertThat(a.analysis().paragraphs().get(0).text()).isEqualTo("The council met \uFFFDon Tuesday.");
    assertThat(a.flags()).contains(TableValues.CONTROL_CHARACTERS, TableValues.INVALID_UNICODE);
  }

  @Test
  void oversizedMetadataIsCutOrReplacedAndTheRawValueKept() {
    String longId = "id-" + "x".repeat(500);
    String longUrl = "https://x.example/?" + "q".repeat(9000);
    ProcessedArticle a = article(raw(longId, "T".repeat(5000), null, null, longUrl, TEXT));
    assertThat(a.title()).hasSize(ArticleProcessor.MAX_TITLE).endsWith("\u2026");
    assertThat(a.url()).isNull();
    assertThat(a.articleId()).hasSize(64).isEqualTo(org.lede.analysis.ArticleIds.sha256(longId));
    assertThat(a.rawValues().get("article_id")).startsWith("id-xxx").hasSizeLessThanOrEqualTo(TableValues.RAW_EXCERPT);
    assertThat(a.rawValues().get("url")).startsWith("https://x.example/?qqq");
    assertThat(a.flags()).containsOnlyOnce(TableValues.OVERSIZED_FIELD);
  }

  @Test
  void aTextWithoutWordsIsANoWordsReject() {
    Processed p = PROCESSOR.process(raw("a1", "Title", null, null, null, "?!? ...", "\u0000"));
    assertThat(p).isInstanceOf(Processed.Rejected.class);
    assertThat(((Processed.Rejected) p).reject().reasonCode()).isEqualTo("no_words");
  }

  @Test
  void anAnalysisThatThrowsIsAnAnalysisFailedRejectNamingWhereAndTheRunGoesOn() {
    ArticleProcessor failing = new ArticleProcessor((title, paragraphs, language) -> {
      throw new IllegalStateException("index 7 out of bounds");
    }, WINDOW, false);
    Processed p = failing.process(raw("a1", "Title", null, null, null, TEXT));
    assertThat(p).isInstanceOf(Processed.Rejected.class);
    var reject = ((Processed.Rejected) p).reject();
    assertThat(reject.reasonCode()).isEqualTo("analysis_failed");
    assertThat(reject.reason()).contains("IllegalStateException: index 7 out of bounds", "at org.lede.process");
    assertThat(reject.locator()).isEqualTo("line 1");
  }

  @Test
  void theWindowEndsADayAfterTheLaterOfTheRunDateAndToday() {
    DateWindow w = DateWindow.of(LocalDate.parse("1800-01-01"), LocalDate.parse("2020-01-01"),
        LocalDate.parse("2026-04-01"), 1);
    assertThat(w.contains(Instant.parse("2026-04-02T23:59:59Z"))).isTrue();
    assertThat(w.contains(Instant.parse("2026-04-03T00:00:00Z"))).isFalse();
    assertThat(w.contains(Instant.parse("1800-01-01T00:00:00Z"))).isTrue();
    assertThat(w.contains(Instant.parse("1799-12-31T23:59:59Z"))).isFalse();
  }

  @Test
  void cleanStringsAreTheSameInstanceAndFlagsAreAddedOnce() {
    List<String> flags = new ArrayList<>();
    String s = "Caf\u00e9 \uD83D\uDE00 tab\there";
    assertThat(TableValues.clean(s, flags)).isSameAs(s);
    assertThat(flags).isEmpty();
    assertThat(TableValues.clean("\u0000a\u0000b\u0085", flags)).isEqualTo("ab");
    assertThat(flags).containsExactly(TableValues.CONTROL_CHARACTERS);
    assertThat(TableValues.finite(Double.NaN, flags)).isNull();
    assertThat(TableValues.finite(Double.NEGATIVE_INFINITY, flags)).isNull();
    assertThat(TableValues.finite(1.5, flags)).isEqualTo(1.5);
    assertThat(flags).containsExactly(TableValues.CONTROL_CHARACTERS, TableValues.INVALID_NUMBER);
  }
}
