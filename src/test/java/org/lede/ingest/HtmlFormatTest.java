package org.lede.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlFormatTest {
  @Test
  void takesParagraphsAndHeadingsButNotScriptsNavOrFooter() {
    String html = "<html><head><title>Site | Story</title><meta property='og:title' content='Real Title'>"
        + "<meta name='author' content='Ann Lee'><meta property='og:site_name' content='Ledger'>"
        + "<link rel='canonical' href='https://example.org/s'><script>var x = 'p text';</script></head>"
        + "<body><nav><p>Home</p></nav><article><h1>Real Title</h1><p class='byline'>By Ann Lee</p>"
        + "<p>First &amp; best.</p><h2>Next</h2><p>Second <b>bold</b> para.</p>"
        + "<script>document.write('no')</script></article><footer><p>Copyright</p></footer></body></html>";
    RawArticle a = Read.article(Read.text("s.html", html).get(0));
    assertThat(a.title()).isEqualTo("Real Title");
    assertThat(a.byline()).isEqualTo("Ann Lee");
    assertThat(a.source()).isEqualTo("Ledger");
    assertThat(a.url()).isEqualTo("https://example.org/s");
    assertThat(a.paragraphs()).containsExactly("First & best.", "Next", "Second bold para.");
  }

  @Test
  void pagesWithoutParagraphMarkupFallBackToBlockText() {
    String html = "<html><head><title>T</title></head><body><div>One line.<br>Still one.</div>"
        + "<div><div>Nested two.</div></div></body></html>";
    RawArticle a = Read.article(Read.text("s.htm", html).get(0));
    assertThat(a.flags()).contains(HtmlFormat.NO_PARAGRAPH_MARKUP);
    assertThat(a.paragraphs()).containsExactly("One line. Still one.", "Nested two.");
  }

  @Test
  void aPageWithNoTextIsRejected() {
    assertThat(Read.reject(Read.text("s.html", "<html><body><script>x()</script></body></html>").get(0))
        .reasonCode()).isEqualTo("missing_text");
  }
}
