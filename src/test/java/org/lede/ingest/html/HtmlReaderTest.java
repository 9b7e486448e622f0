package org.lede.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lede.ingest.RawArticle;
import org.lede.ingest.ReadResult;
import org.lede.ingest.Reject;

/** Each fixture in src/test/resources/html reproduces one way real pages defeat article extraction. */
class HtmlReaderTest {
  private static String fixture(String name) {
    try (InputStream in = HtmlReaderTest.class.getResourceAsStream("/html/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ReadResult read(String html, String baseUrl) {
    return HtmlReader.read("page.html", "file", 0, html, baseUrl, List.of());
  }

  private static RawArticle article(String name) {
    ReadResult r = read(fixture(name), null);
    assertThat(r).as(name).isInstanceOf(RawArticle.class);
    return (RawArticle) r;
  }

  private static Reject reject(String name) {
    ReadResult r = read(fixture(name), null);
    assertThat(r).as(name).isInstanceOf(Reject.class);
    return (Reject) r;
  }

  @Test
  void theStoryIsFoundWhenTheFirstArticleElementsAreACommentAPromoAndAnEmptyShell() {
    RawArticle a = article("comment-article-first.html");
    assertThat(a.paragraphs()).hasSize(4);
    assertThat(a.paragraphs().get(0)).startsWith("Ferry fares across the harbour will rise");
    assertThat(a.paragraphs().get(3)).isEqualTo(
        "A monthly pass will cost 96 dollars, up from 89. Fares for children, students and pensioners will not change.");
    assertThat(String.join(" ", a.paragraphs())).doesNotContain("twenty years", "Bridge repairs", "All rights");
    assertThat(a.title()).isEqualTo("Ferry fares to rise by eight percent in April");
    assertThat(a.source()).isEqualTo("Coast Post");
  }

  @Test
  void aPageWithoutArticleMarkupLosesItsMenusSidebarAndFooterAndKeepsBrSeparatedParagraphs() {
    RawArticle a = article("no-article-element.html");
    assertThat(a.paragraphs()).containsExactly(
        "The central library will stay open until nine in the evening from Monday to Thursday, starting next month,"
            + " after a trial last autumn drew more visitors than expected.",
        "The library board approved the longer hours unanimously on Wednesday. The change will cost about 40,000"
            + " dollars a year, paid for by a grant from the state.",
        "Students were the main users of the late hours during the trial, the head librarian said. \"Many of them"
            + " have nowhere quiet to study at home,\" she said.",
        "Weekend hours will stay as they are.");
    assertThat(a.byline()).isEqualTo("Priya Nair");
    assertThat(a.publishedAt()).isEqualTo("2026-02-10");
    assertThat(a.flags()).contains(HtmlReader.NO_PARAGRAPH_MARKUP);
  }

  @Test
  void aFirstMainElementThatIsAnAdSlotDoesNotHideTheSecond() {
    RawArticle a = article("ad-slot-main.html");
    assertThat(a.paragraphs()).hasSize(3);
    assertThat(a.paragraphs().get(2)).startsWith("The association has asked the state");
    assertThat(a.paragraphs()).noneMatch(p -> p.contains("Advertisement"));
  }

  @Test
  void aPageWrappedInAFormIsRead() {
    RawArticle a = article("aspnet-form.html");
    assertThat(a.paragraphs()).hasSize(3);
    assertThat(a.paragraphs().get(0)).startsWith("Elm Street will be closed");
    assertThat(a.paragraphs()).noneMatch(p -> p.contains("Front page") || p.contains("Town Gazette"));
  }

  @Test
  void divsUsedAsParagraphsAreEachAParagraphAndAVideoPlaylistInsideTheArticleIsDropped() {
    RawArticle a = article("div-paragraphs-playlist.html");
    assertThat(a.paragraphs()).hasSize(4);
    assertThat(a.paragraphs().get(3)).isEqualTo(
        "Forecasters said the wind would ease on Saturday, with heavy rain moving in on Sunday.");
    assertThat(a.paragraphs()).noneMatch(p -> p.contains("Watch:") || p.contains("Drone footage"));
  }

  @Test
  void shareBarsPromptsCaptionsAuthorBoxesRelatedLinksAndCommentsStayOut() {
    RawArticle a = article("boilerplate-inside.html");
    assertThat(a.paragraphs()).containsExactly(
        "The coastal path between the harbour and the lighthouse reopened on Sunday, five months after a landslide"
            + " swept away a section of it during the winter storms.",
        "Engineers built a new stretch of path further from the cliff edge and added a fence and drainage to keep"
            + " the ground from shifting again.",
        "A busy first weekend",
        "Hundreds of walkers came on the first day. \"We have missed it terribly,\" said one, who walks the path"
            + " with her dog every morning.",
        "The council said the repairs cost 1.2 million dollars, most of it covered by a national fund for storm"
            + " damage.");
  }

  @Test
  void structuredDataGivesTitleAuthorsDateAndPublisher() {
    RawArticle a = article("boilerplate-inside.html");
    assertThat(a.title()).isEqualTo("Coastal path reopens after landslide");
    assertThat(a.byline()).isEqualTo("Ana Ruiz, Tom Hale");
    assertThat(a.publishedAt()).isEqualTo("2026-03-02T08:00:00Z");
    assertThat(a.source()).isEqualTo("Shore Weekly");
    assertThat(a.url()).isEqualTo("https://shore.example/news/coastal-path");
  }

  @Test
  void aBodyRenderedByScriptComesFromTheStructuredArticleBody() {
    RawArticle a = article("structured-body.html");
    assertThat(a.flags()).contains(HtmlReader.BODY_FROM_STRUCTURED_DATA);
    assertThat(a.paragraphs()).hasSize(3);
    assertThat(a.paragraphs().get(1)).startsWith("The park will cost 300,000 dollars");
    assertThat(a.byline()).isEqualTo("Lee Park");
  }

  @Test
  void openGraphAndMetaTagsAndARelativeCanonicalLink() {
    String html = "<html><head><meta property='og:title' content='Bus lanes extended'>"
        + "<meta name='author' content='By Sam Otieno'><meta property='article:published_time' content='2026-01-05T09:30:00+01:00'>"
        + "<meta property='og:site_name' content='City Wire'><link rel='canonical' href='/transport/bus-lanes'></head>"
        + "<body><h1>Bus lanes extended</h1><p>The city will extend its bus lanes to three more roads this summer, the"
        + " transport department said, after journey times on the first routes fell by a fifth.</p></body></html>";
    RawArticle a = (RawArticle) read(html, "https://citywire.example/transport/bus-lanes?utm=x");
    assertThat(a.title()).isEqualTo("Bus lanes extended");
    assertThat(a.byline()).isEqualTo("Sam Otieno");
    assertThat(a.publishedAt()).isEqualTo("2026-01-05T09:30:00+01:00");
    assertThat(a.source()).isEqualTo("City Wire");
    assertThat(a.url()).isEqualTo("https://citywire.example/transport/bus-lanes");
    assertThat(a.paragraphs()).hasSize(1);
  }

  @Test
  void indexVideoAndErrorPagesAreNotArticles() {
    for (String page : List.of("index-page.html", "video-page.html", "error-page.html")) {
      Reject r = reject(page);
      assertThat(r.reasonCode()).as(page).isEqualTo("not_an_article");
      assertThat(r.reason()).as(page).isNotBlank();
    }
    assertThat(reject("video-page.html").reason()).contains("video");
    assertThat(reject("error-page.html").reason()).contains("error page");
    assertThat(reject("index-page.html").reason()).contains("index");
  }

  @Test
  void aShortStoryAloneOnItsPageIsStillAnArticle() {
    String html = "<html><body><p>The bridge reopened on Monday.</p><p>Traffic was light.</p></body></html>";
    RawArticle a = (RawArticle) read(html, null);
    assertThat(a.paragraphs()).containsExactly("The bridge reopened on Monday.", "Traffic was light.");
    String flight = "<html><head><title>Flight 404 lands safely after bird strike</title></head><body><p>A"
        + " passenger jet landed safely on Sunday after a bird hit one of its engines, the airline said.</p></body></html>";
    assertThat(read(flight, null)).isInstanceOf(RawArticle.class);
  }

  @Test
  void aPageWithATitleAndNoTextHasNoBody() {
    Reject r = (Reject) read("<html><head><title>Empty</title></head><body><script>x()</script></body></html>", null);
    assertThat(r.reasonCode()).isEqualTo("no_body");
    Reject none = (Reject) read("<html><body><img src='x.png'></body></html>", null);
    assertThat(none.reasonCode()).isEqualTo("missing_text");
  }

  @Test
  void hiddenElementsAndClosedPanelsAreNotText() {
    String html = "<html><body><article><p>The museum will open a new wing for its textile collection in"
        + " June, after two years of building work.</p>"
        + "<p style='display: none'>Hidden paragraph that a reader never sees on the page at all.</p>"
        + "<div class='collapse'><p>A panel of extra text that stays closed until somebody clicks on it.</p></div>"
        + "<p aria-hidden='true'>Decoration.</p><p hidden>Also hidden from every reader of the page.</p>"
        + "<p>Tickets go on sale in May.</p></article></body></html>";
    RawArticle a = (RawArticle) read(html, null);
    assertThat(a.paragraphs()).hasSize(2);
    assertThat(a.paragraphs().get(1)).isEqualTo("Tickets go on sale in May.");
  }
}
