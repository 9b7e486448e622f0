package org.lede.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFormatTest {
  @Test
  void headlineParagraphsAndTrailingByline() {
    List<ReadResult> r = Read.text("a.txt", "\n  Storm Hits Coast\n\nWinds rose at dawn.\nTrees fell.\n\nPower is out.\n\nBy Ana Ruiz\n");
    RawArticle a = Read.article(r.get(0));
    assertThat(r).hasSize(1);
    assertThat(a.title()).isEqualTo("Storm Hits Coast");
    assertThat(a.byline()).isEqualTo("Ana Ruiz");
    assertThat(a.paragraphs()).containsExactly("Winds rose at dawn. Trees fell.", "Power is out.");
    assertThat(a.locator()).isEqualTo("file");
  }

  @Test
  void singleLineBreaksSeparateParagraphsWhenThereAreNoBlankLines() {
    RawArticle a = Read.article(Read.text("a.txt", "Headline\r\nOne.\r\nTwo.\r\nBy Sam Lee\r\n").get(0));
    assertThat(a.paragraphs()).containsExactly("One.", "Two.");
    assertThat(a.byline()).isEqualTo("Sam Lee");
  }

  @Test
  void bylineRightAfterTheHeadline() {
    RawArticle a = Read.article(Read.text("a.txt", "Headline\n\nBy Sam Lee\n\nOne.\n\nTwo.").get(0));
    assertThat(a.byline()).isEqualTo("Sam Lee");
    assertThat(a.paragraphs()).containsExactly("One.", "Two.");
  }

  @Test
  void aSentenceStartingWithByIsNotAByline() {
    RawArticle a = Read.article(Read.text("a.txt", "Headline\n\nOne.\n\nBy then the storm had passed.").get(0));
    assertThat(a.byline()).isNull();
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void aSingleLongLineIsBodyWithoutHeadline() {
    String body = "word ".repeat(50).trim() + ".";
    RawArticle a = Read.article(Read.text("a.txt", body).get(0));
    assertThat(a.title()).isNull();
    assertThat(a.flags()).contains(TextFormat.NO_HEADLINE);
    assertThat(a.paragraphs()).containsExactly(body);
  }

  @Test
  void headlineOnlyIsRejected() {
    Reject j = Read.reject(Read.text("a.txt", "Just A Headline\n\n").get(0));
    assertThat(j.reasonCode()).isEqualTo("no_body");
  }

  @Test
  void gzipVariantReadsTheSame() {
    byte[] raw = "Headline\n\nBody text here.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    RawArticle a = Read.article(Read.bytes("a.txt.gz", Read.gzip(raw)).get(0));
    assertThat(a.paragraphs()).containsExactly("Body text here.");
  }
}
