package org.lede.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.lede.ingest.RawArticle;
import org.lede.ingest.ReadResult;
import org.lede.ingest.Reject;
import org.lede.ingest.RejectReason;
import org.lede.text.Paragraphs;

/**
 * An HTML page to an article: its metadata ({@link PageMeta}), its body ({@link BodyFinder} over the
 * {@link Segmenter}'s blocks), or a reject when the page holds no article (an index, video or error page).
 * Used for HTML files and for the pages of web archives.
 */
public final class HtmlReader {
  /** The body came from elements other than {@code <p>} ({@code div}s, {@code <br>}-separated text, cells). */
  public static final String NO_PARAGRAPH_MARKUP = "no_paragraph_markup";
  /** The page's own markup held too little of the text its structured data gives: that text was used. */
  public static final String BODY_FROM_STRUCTURED_DATA = "body_from_structured_data";

  /**
   * The page's body is the short text under its headline (a story beside a video, the free opening of a
   * paywalled story), read past the page's hints after the usual reading found too little.
   */
  public static final String SHORT_STORY = "short_story";

  /** The page declares itself a video and has a short text beside it: a video story, kept for its text. */
  public static final String VIDEO_PAGE = "video_page";

  /** Words of running text under the headline that make a short story (a video's one-line caption does not). */
  private static final int MIN_SHORT_STORY = 20;

  /** Titles of error pages: a leading status code, "page not found", "error 404"; not "Flight 404 lands". */
  private static final Pattern ERROR_TITLE = Pattern.compile("(?i)(\\W*(error\\W*)?(404|410|403|500)\\b.*"
      + "|.*\\b(page|file|article|story) (was )?not found\\b.*|.*\\b(error 404|404 error|404 not found)\\b.*"
      + "|\\W*(not found|access denied|forbidden|page unavailable|server error)\\b.*)");

  private HtmlReader() {}

  /**
   * Reads one page.
   *
   * @param baseUrl the page's address when known (a web archive's target URI), to resolve relative links
   */
  public static ReadResult read(String path, String locator, long index, String html, String baseUrl,
      List<String> flags) {
    Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
    PageMeta meta = PageMeta.of(doc);
    Element body = doc.body();
    Segmenter seg = new Segmenter(new Hints()).walk(body == null ? doc : body);
    BodyFinder.Body found = BodyFinder.find(seg, meta.title(), meta.byline());
    if (found.paragraphs().isEmpty()) {
      found = BodyFinder.everyBlock(seg, meta.title(), meta.byline());
    }
    List<String> allFlags = new ArrayList<>(flags);
    List<String> paragraphs = found.paragraphs();
    int structured = meta.articleBody() == null ? 0 : Segmenter.units(meta.articleBody());
    if (structured >= 50 && found.units() * 2 < structured) {
      // the markup holds less than half of the text the page's structured data gives (a body rendered by
      // script, a page of fragments): the structured text is the better body
      paragraphs = Paragraphs.split(meta.articleBody());
      found = new BodyFinder.Body(paragraphs, structured, true, Math.max(found.pageUnits(), structured), 0);
      allFlags.add(BODY_FROM_STRUCTURED_DATA);
    }
    String url = meta.url() != null ? meta.url() : baseUrl;
    if (found.pageUnits() == 0) {
      return Reject.of(path, locator, meta.title() == null ? RejectReason.MISSING_TEXT : RejectReason.NO_BODY,
          meta.title() == null ? "the page has no text" : "the page has a title but no body text", html);
    }
    String notArticle = notAnArticle(found, meta);
    if (notArticle != null && !isErrorPage(meta, found.units())) {
      BodyFinder.Body under = BodyFinder.underHeadline(seg, meta.title(), meta.byline(), found.pageUnits());
      if (under.units() >= Math.max(MIN_SHORT_STORY, found.units())) {
        found = under;
        paragraphs = under.paragraphs();
        notArticle = null;
        allFlags.add(SHORT_STORY);
      }
    }
    if (notArticle != null) {
      return Reject.of(path, locator, RejectReason.NOT_AN_ARTICLE, notArticle, html);
    }
    if (!found.paragraphMarkup()) {
      allFlags.add(NO_PARAGRAPH_MARKUP);
    }
    if (meta.declaresVideo() && found.units() < 80) {
      allFlags.add(VIDEO_PAGE);
    }
    return new RawArticle(path, locator, index, null, meta.title(), meta.byline(), meta.publishedAt(), url,
        meta.source(), null, null, paragraphs, allFlags);
  }

  private static boolean isErrorPage(PageMeta meta, int units) {
    return errorTitle(meta, units) != null;
  }

  private static String errorTitle(PageMeta meta, int units) {
    for (String title : new String[] {meta.documentTitle(), meta.title()}) {
      if (title != null && title.length() <= 300 && ERROR_TITLE.matcher(title).matches() && units < 150) {
        return title;
      }
    }
    return null;
  }

  /** Why the page is not an article, or null when it is one. */
  private static String notAnArticle(BodyFinder.Body b, PageMeta meta) {
    int units = b.units();
    if (units == 0) {
      return "the page has " + b.pageUnits() + " words, all of them links, headlines, listings or page furniture:"
          + " an index or navigation page";
    }
    if (meta.declaresVideo() && units < MIN_SHORT_STORY) {
      return "a video page: " + units + " words of text besides the player";
    }
    String error = errorTitle(meta, units);
    if (error != null) {
      return "an error page (\"" + error + "\"): " + units + " words of text";
    }
    if (units < 25 && b.pageUnits() > 4 * units) {
      return "only " + units + " words of running text among " + b.pageUnits()
          + " words of menus and links: an index, error or navigation page";
    }
    if (b.interleavedLinkUnits() > units && !meta.declaresArticle()) {
      return "headlines and links alternate with short texts (" + b.interleavedLinkUnits() + " words of links, "
          + units + " of text): an index page";
    }
    return null;
  }
}
