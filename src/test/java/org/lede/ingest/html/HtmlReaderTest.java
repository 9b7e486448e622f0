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

  private static final String MENU = "<ul class='menu'><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>"
      + "<li><a href='/sport'>Sport</a></li><li><a href='/video'>Video</a></li><li><a href='/weather'>Weather</a></li>"
      + "<li><a href='/contact'>Contact us</a></li></ul>";

  private static final String RELATED = "<h3>Related articles</h3><ul><li><h4><a href='/a'>Council approves the"
      + " new harbour budget after a long debate</a></h4></li><li><h4><a href='/b'>Ferry timetable changes from"
      + " Monday for the winter season</a></h4></li><li><h4><a href='/c'>School roof repairs finished ahead of"
      + " the new term</a></h4></li></ul>";

  @Test
  void aShortStoryBesideAVideoIsKeptAndAVideoWithACaptionIsNot() {
    String story = "<html><head><title>Bowler stuns the crowd</title><meta property='og:type' content='video.other'>"
        + "</head><body>" + MENU + "<div class='column-social'><p class='article-date'>28 December 2026</p></div>"
        + "<h1>Bowler stuns the crowd</h1><div class='video-social-clear'><p>The home side's opening bowler took"
        + " two wickets in two balls on Sunday night and then left a ball that swung back into his own stumps"
        + " without playing a shot</p></div><div class='player'><video src='clip.mp4'></video></div>" + RELATED
        + "</body></html>";
    RawArticle a = (RawArticle) read(story, null);
    assertThat(a.paragraphs()).containsExactly("The home side's opening bowler took two wickets in two balls on"
        + " Sunday night and then left a ball that swung back into his own stumps without playing a shot");
    assertThat(a.flags()).contains(HtmlReader.VIDEO_PAGE);
    assertThat(reject("video-page.html").reason()).contains("video page");
  }

  @Test
  void theFreeOpeningOfAPaywalledStoryIsAShortStory() {
    String html = "<html><head><title>Prison official warns of escapes</title></head><body>" + MENU
        + "<div class='td-post-header'><figure><figcaption>The prison holds more inmates than it was built for."
        + " Photo: Staff</figcaption></figure><h1>Prison official warns of escapes</h1><div class='byline'>By"
        + " <a href='/j'>Jo Reyes</a></div><div class='share'><a href='#'>Facebook</a> <a href='#'>Email</a></div>"
        + "</div><div class='td-post-content'><p>A senior prison official said in a sworn statement that anyone"
        + " determined enough could escape from the island's only prison.</p></div>" + RELATED
        + "<h3>Leave a reply</h3><p><a href='/login'>Log in to leave a comment</a></p></body></html>";
    RawArticle a = (RawArticle) read(html, null);
    assertThat(a.paragraphs()).containsExactly("A senior prison official said in a sworn statement that anyone"
        + " determined enough could escape from the island's only prison.");
    assertThat(a.flags()).contains(HtmlReader.SHORT_STORY);
  }

  @Test
  void anElementHintedAsADialogOrShareBarThatWrapsTheStoryIsAWrapper() {
    String paragraphs = "<p>The river rose above its banks on Tuesday night and flooded the lower town, where"
        + " shops and homes stood in half a metre of water by the morning.</p><p>Firefighters pumped out"
        + " basements all day, and the council opened the school gym for families who could not go home.</p>";
    for (String wrapper : List.of("dialog-off-canvas-main-canvas", "documentContent__sharingContainer")) {
      String html = "<html><body>" + MENU + "<div class='" + wrapper + "'><h2>Flood in the lower town</h2>"
          + "<div class='article__content'>" + paragraphs + "</div></div></body></html>";
      RawArticle a = (RawArticle) read(html, null);
      assertThat(a.paragraphs()).as(wrapper).hasSize(2);
    }
  }

  @Test
  void aCommentsPartWithContentClassesInsideStaysOut() {
    String html = "<html><body><h1>New trains for the coast line</h1><div id='content'><p>The rail company will"
        + " run new trains on the coast line from March, with more seats and space for bicycles on every"
        + " service, it said on Monday.</p><p>The old trains will be sold to a museum and a heritage line in the"
        + " north.</p></div><div id='comments'><div class='comment'><div class='content'><p>I agree but it begs"
        + " the question who decided this, and why it took the company so long to replace the old trains that"
        + " broke down every single winter on the coast.</p></div></div></div></body></html>";
    RawArticle a = (RawArticle) read(html, null);
    assertThat(a.paragraphs()).hasSize(2).noneMatch(p -> p.contains("I agree"));
  }

  @Test
  void modifiersAndWeakClassesOnProseDoNotHideIt() {
    String html = "<html><body>" + MENU + "<h1>Grill tested</h1><section class='TestReport__Section"
        + " TestReport__Section--Ads'><p class='tagStyle_z4kq-o_O-style_1tcx'>The grill heats quickly and"
        + " evenly, but the lid gets too hot to touch after ten minutes, and the thermometer in it reads twenty"
        + " degrees low, which our testers found out only after the first batch of burgers had burnt.</p>"
        + "<p class='tagStyle_z4kq-o_O-style_1tcx'>It folds flat for storage and weighs less than most of its"
        + " rivals, which makes it a good choice for a small balcony or for taking to the park at the weekend."
        + "</p></section></body></html>";
    RawArticle a = (RawArticle) read(html, null);
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void aNoscriptLeftOpenByThePageDoesNotSwallowIt() {
    String story = ("<p>The national park counted more bear cubs this year than in any year since records"
        + " began, its rangers said on Tuesday, and several mothers were seen outside the park.</p>").repeat(8);
    String html = "<html><body><noscript><div id='nojava'></noscript><div id='main'>" + MENU
        + "<h1>A record year for the bears</h1>" + story + "</div></body></html>";
    RawArticle a = (RawArticle) read(html, null);
    assertThat(a.paragraphs()).hasSize(8);
    String pixel = "<html><body><noscript><img src='pixel.gif'>Please enable JavaScript.</noscript>"
        + "<p>The bakery on the square will close for the summer holidays on Friday.</p></body></html>";
    assertThat(((RawArticle) read(pixel, null)).paragraphs()).containsExactly(
        "The bakery on the square will close for the summer holidays on Friday.");
  }

  @Test
  void aPageThatOnlyAsksForJavaScriptIsNotAnArticle() {
    String html = "<html><head><title>Map search</title></head><body>" + MENU + "<h1>Map search</h1>"
        + "<div class='widget'><p>You do not appear to have JavaScript enabled in your browser.</p><p>This"
        + " application requires JavaScript in order to work, so please make sure it is enabled.</p></div>"
        + "</body></html>";
    assertThat(read(html, null)).isInstanceOf(Reject.class);
  }

  @Test
  void aGalleryWithItsStandfirstSetAsASubheadingIsKept() {
    String html = "<html><head><title>Going grey</title></head><body>" + MENU + "<h1>Going grey</h1><h2>This"
        + " season, designers brought back a classic colour in tailored and casual cuts. The verdict? Grey is"
        + " the easiest way into autumn.</h2><div class='slideshow'><a href='#'>Previous</a> <span>1 of 10</span>"
        + " <a href='#'>Next</a><figure><img src='1.jpg'><figcaption>Jacket by a Milan house.</figcaption>"
        + "</figure></div></body></html>";
    RawArticle a = (RawArticle) read(html, null);
    assertThat(a.paragraphs()).containsExactly("This season, designers brought back a classic colour in tailored"
        + " and casual cuts. The verdict? Grey is the easiest way into autumn.");
  }
}
