package org.lede.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportRendererTest {
  static final String EVIL_TITLE = "<script>alert('title')</script>";
  static final String EVIL_SOURCE = "</svg><script>alert('svg')</script><svg>";
  static final String EVIL_SUMMARY = "<img src=x onerror=alert(1)>\nSecond line\" onmouseover=\"alert(2)";

  static ReportData data() {
    ReportData.ArticleRow a = new ReportData.ArticleRow("2026-01-01", EVIL_TITLE, EVIL_SOURCE,
        "https://example.org/a?x=\"><script>", "file:/in/wire.jsonl", "en", 9.5, "high_school", -0.4, EVIL_SUMMARY);
    ReportData.ArticleRow unsafeLink = new ReportData.ArticleRow("2026-01-01", "Unsafe link", null,
        "javascript:alert(1)", "file:/in/feeds/wire.jsonl", "de", null, null, null, "Ein Satz.");
    return new ReportData("lede report <b>x</b>", "0.1.0",
        List.of(new ReportData.RunRow("2026-01-01", 1, 1L, 3, 1, 9.5, -0.4, 1234L, "0.1.0"),
            new ReportData.RunRow("2026-01-02", 2, 1L, 5, 0, 8.0, 0.1, 999L, "0.1.0")),
        List.of(9.5, 8.0, 4.2), List.of(-0.4, 0.1, 0.5),
        List.of(new ReportData.SourceRow(EVIL_SOURCE, 3, 9.0, -0.2)),
        List.of(a), List.of(a), List.of(a), List.of(a),
        List.of(new ReportData.RejectRow("2026-01-01", "file:/x/<b>.jsonl", "line 3", "malformed_json",
            "not valid JSON: <script>")),
        Map.of("malformed_json", 1L),
        List.of(new ReportData.StoryRow(EVIL_TITLE, EVIL_SOURCE, "2026-01-01", "2026-01-01T08:00:00Z", 3, 2, 26.0,
            EVIL_SUMMARY)),
        List.of(new ReportData.LanguageRow("en", 3, 3, 3, 41.5, 61.0, "flesch", List.of(a)),
            new ReportData.LanguageRow("de", 2, 0, 0, 48.25, 52.5, "amstad", List.of(unsafeLink))));
  }

  @Test
  void articleTextNeverBecomesMarkup() {
    String html = ReportRenderer.render(data());
    assertThat(html).doesNotContain("<script").doesNotContain("</svg><script");
    assertThat(Pattern.compile("<[a-zA-Z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find())
        .as("no live event-handler attribute").isFalse();
    assertThat(html).contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;");
    assertThat(html).contains("&lt;/svg&gt;&lt;script&gt;");
    assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;");
    // every <svg> that is opened is closed: the source name did not close one early
    assertThat(count(html, "<svg")).isEqualTo(count(html, "</svg>"));
  }

  @Test
  void selfContainedWithChartsAndSections() {
    String html = ReportRenderer.render(data());
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").contains("<svg").contains("<rect")
        .contains("<polyline");
    // no resource from elsewhere (articles link to their pages: anchors only, web addresses only)
    assertThat(html).doesNotContainPattern("src=\"(https?:)?//").doesNotContain("<link", "javascript:");
    assertThat(html).contains("<a href=\"https://example.org/a?x=&quot;&gt;&lt;script&gt;\"");
    assertThat(html).contains("Overview", "Reading grade", "Sentiment", "Trends", "Most positive articles",
        "Most negative articles", "Hardest to read", "Easiest to read", "Rejects", "Languages");
    // each language's reading ease in its own formula, named
    assertThat(html).contains("<td>52.5<div class=\"muted\">amstad</div></td>", "<td>61.0<div class=\"muted\">flesch</div>");
  }

  @Test
  void whatAnEditorReadsIsSaidInWords() {
    String html = ReportRenderer.render(data());
    // axes titled, counts shown, levels in words, languages that the figures leave out named
    assertThat(html).contains("reading grade (US school years)</text>", ">articles</text>",
        "sentiment (compound, from -1 to +1)</text>", "mean reading grade (articles in brackets)");
    assertThat(html).contains("high school (grades 9-12)").doesNotContain(">high_school<");
    assertThat(html).contains("2 stories have no reading grade and are not in these figures (by language: de 2");
    assertThat(html).contains("<td>de</td><td>2</td><td>0</td><td>0</td><td>48.3</td>");
    // an article without an outlet is named by its file, a source line is short
    assertThat(html).contains("Unsafe link</b><br><span class=\"muted\">wire.jsonl \u00b7 2026-01-01 \u00b7 de</span>");
    // sentiment bins coloured by sign
    assertThat(html).contains("fill=\"#d92d20\"><title>sentiment (compound, from -1 to +1) -0.5 to -0.4")
        .contains("fill=\"#12a37f\"><title>sentiment (compound, from -1 to +1) 0.5 to 0.6");
  }

  @Test
  void escapeCoversTheFiveCharacters() {
    assertThat(Html.escape("<a href=\"x\" title='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    assertThat(Html.escape(null)).isEmpty();
  }

  private static int count(String s, String sub) {
    int n = 0;
    for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
      n++;
    }
    return n;
  }
}
