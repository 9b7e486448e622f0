package org.lede.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.lede.ingest.RawArticle;
import org.lede.ingest.ReadResult;
import org.lede.ingest.Reject;

/**
 * The HTML reader on arbitrary markup never throws and always gives an article or a reject; on very deep and
 * very wide documents it finishes (the timeout is a hang detector, generous on purpose, not a speed target:
 * speed lives in the benchmark).
 */
class HtmlReaderPropertiesTest {
  private static final Duration HANG = Duration.ofSeconds(30);

  @Provide
  Arbitrary<String> markup() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of("<p>", "</p>", "<div class='article-body'>", "<div class=comment>", "</div>", "<br>",
            "<br><br>", "<a href=x>", "</a>", "<ul><li>", "</li></ul>", "<h1>", "</h1>", "<h2>", "<article>",
            "</article>", "<main>", "<form>", "<script>", "</script>", "<figure><figcaption>", "<td>", "<table>",
            "<span hidden>", "<div style='display:none'>", "<meta property=og:title content='T'>",
            "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":", "\"x\"}", "{[", "&amp;",
            "&#x0;", "<!--", "-->", "<![CDATA[", "<", ">", "\"", "'"),
        Arbitraries.strings().all().ofMaxLength(30),
        Arbitraries.of("The council voted on Tuesday to close the pool, a decision that angered swimmers.",
            "Read more", "Advertisement", "Share", "Photo: Getty Images", "...", "\u2026", "東京の天気は晴れ。"));
    return piece.list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Property(tries = 400)
  void neverThrowsAndGivesAnArticleOrAReason(@ForAll("markup") String html) {
    ReadResult r = HtmlReader.read("p.html", "file", 0, html, null, List.of());
    if (r instanceof RawArticle a) {
      assertThat(a.paragraphs()).isNotEmpty().allMatch(p -> !p.isBlank() && p.equals(p.strip()));
    } else {
      assertThat(((Reject) r).reasonCode()).isIn("missing_text", "no_body", "not_an_article");
    }
  }

  @Test
  void veryDeepDocumentsFinish() {
    String deep = "<html><body>" + "<div class='content'>".repeat(20_000) + "<p>The pool will close for repairs"
        + " in March, the council said on Tuesday, and reopen in the autumn.</p>" + "</div>".repeat(20_000);
    assertTimeoutPreemptively(HANG, () -> {
      RawArticle a = (RawArticle) HtmlReader.read("p.html", "file", 0, deep, null, List.of());
      assertThat(a.paragraphs()).hasSize(1);
    });
  }

  @Test
  void veryWideDocumentsFinish() {
    StringBuilder wide = new StringBuilder("<html><body><div class='article-body'>");
    for (int i = 0; i < 100_000; i++) {
      wide.append("<p class='p").append(i % 97).append("'>Paragraph ").append(i)
          .append(" of the report, with a clause, and a full stop at its end.</p>");
      if (i % 10 == 0) {
        wide.append("<div class='share'><a href='#'>Share</a></div><ul><li><a href='/x'>Related</a></li></ul>");
      }
    }
    wide.append("</div></body></html>");
    assertTimeoutPreemptively(HANG, () -> {
      RawArticle a = (RawArticle) HtmlReader.read("p.html", "file", 0, wide.toString(), null, List.of());
      assertThat(a.paragraphs()).hasSize(100_000);
    });
  }
}
