package org.lede.ingest.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it. Pages name their parts: {@code article-body},
 * {@code story-content}, {@code entry-content} for the story; {@code comments}, {@code related-links},
 * {@code share-bar}, {@code newsletter-signup}, {@code sidebar} for what surrounds it. A negative word wins
 * over a positive one ({@code comment-body} is a comment, {@code related-content} is not the story).
 *
 * <p>Words are matched as stems anywhere in the lower-cased class and id (long, distinctive stems such as
 * {@code comment} or {@code newsletter}) or as whole tokens after splitting at punctuation and camel case
 * (short ones such as {@code ad} or {@code nav}, which occur inside {@code head}, {@code lead},
 * {@code canvas}).
 */
final class Hints {
  /**
   * No hint; a part of the story; something around it (comments, related links, share bars, advertising,
   * navigation); a part of the layout (sidebar, modal, pagination), which may also wrap the story; or a small
   * part around it (a caption, a byline, a date, tags), which counts only when the
   * element holds little running text (WordPress, for one, puts {@code tag-...} classes on the article).
   */
  enum Hint { NONE, POSITIVE, NEGATIVE, LAYOUT, WEAK_NEGATIVE }

  private static final String[] NEGATIVE_STEMS = {
    "comment", "disqus", "related", "recommend", "newsletter", "subscri", "signup", "sign-up", "sponsor",
    "advert", "outbrain", "taboola", "cookie", "consent", "gdpr", "breadcrumb", "social", "sharing", "share",
    "footer", "promo", "trending", "popular", "mostread", "most-read", "playlist", "carousel", "login",
    "skiplink", "skip-link", "read-more", "readmore", "more-stories", "morestories", "paywall", "donate",
    "further-reading", "see-also", "seealso", "upnext", "up-next", "newsfeed"
  };

  /** Names of a page's layout: they mark boilerplate, but also appear on wrappers of the story. */
  private static final String[] LAYOUT_STEMS = {
    "sidebar", "rightrail", "right-rail", "popup", "modal", "pagination", "toolbar"
  };

  private static final Set<String> NEGATIVE_TOKENS = Set.of(
      "ad", "ads", "adv", "advertising", "nav", "navbar", "navigation", "menu", "teaser", "teasers",
      "pager", "ticker", "rss", "overlay", "dialog", "cta");

  private static final String[] WEAK_STEMS = {
    "banner", "caption", "credit", "byline", "author", "dateline", "timestamp", "reaction", "rating",
    "tagline", "topics", "keywords", "widget", "print-only", "visually-hidden", "sr-only", "screen-reader", "masthead"
  };

  private static final Set<String> WEAK_TOKENS = Set.of(
      "bio", "tag", "tags", "meta", "rail", "print", "extra", "aside", "hidden", "tools", "tool", "header", "hdr",
      "links", "next", "prev", "pages", "date", "time", "dek", "kicker", "label", "alert", "notice", "badge",
      "icon", "icons", "btn", "button", "search", "gallery", "slideshow", "player", "embed", "thumb",
      "thumbnail", "figure", "img", "image", "photo", "disclaimer", "copyright", "legal", "feed");

  /** Class-name prefixes that name a post's taxonomy, not a part of the page (WordPress and others). */
  private static final String[] TAXONOMY_PREFIXES = {
    "tag-", "category-", "cat-", "has-", "status-", "format-", "type-", "postid-", "term-", "topic-", "section-"
  };

  private static final String[] POSITIVE_STEMS = {
    "article", "story", "entry", "post-body", "postbody", "post-content", "postcontent", "content", "body",
    "text", "prose", "blog", "richtext", "rich-text", "main", "paragraph", "news-detail", "detail"
  };

  /** Names of parts that hold other people's or other stories' text: comments, related stories, feeds. */
  private static final String[] OTHER_TEXT_STEMS = {
    "comment", "disqus", "reply", "related", "recommend", "outbrain", "taboola", "more-stories", "morestories",
    "playlist", "trending", "popular", "mostread", "most-read", "upnext", "up-next", "newsfeed",
    "further-reading", "see-also", "seealso", "footer"
  };

  private static final Set<String> NEGATIVE_ROLES = Set.of(
      "navigation", "banner", "complementary", "contentinfo", "dialog", "alertdialog", "menu", "menubar",
      "search", "toolbar", "tablist", "button", "form");

  private final Map<String, Hint> cache = new HashMap<>();

  /** The hint of an element's class, id, itemprop and role; cached per distinct attribute text. */
  Hint of(Element e) {
    if (e.normalName().equals("body") || e.normalName().equals("html")) {
      return Hint.NONE; // page-wide classes (one-sidebar, has-comments) say nothing about the parts
    }
    Attributes a = e.attributes(); // the HTML parser lower-cases attribute names
    String role = a.get("role");
    if (!role.isEmpty() && NEGATIVE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      return Hint.NEGATIVE;
    }
    if (a.get("itemprop").equalsIgnoreCase("articleBody") || role.equalsIgnoreCase("main")) {
      return Hint.POSITIVE;
    }
    String cls = a.get("class").trim();
    String id = a.get("id");
    if (cls.isEmpty() && id.isEmpty()) {
      return Hint.NONE;
    }
    String key = cls + '#' + id;
    Hint h = cache.get(key);
    if (h == null) {
      h = classify(key);
      cache.put(key, h);
    }
    return h;
  }

  /**
   * The hint of an element's class names and id. Each name is read on its own: a name that is only positive
   * ({@code article-body}) makes the element part of the story whatever modifiers sit beside it
   * ({@code pagination-first}, {@code modal-enabled}); otherwise a negative name decides, a strong one before a
   * weak one. Taxonomy names ({@code tag-elections}, {@code category-sport}) are not read.
   */
  static Hint classify(String classAndId) {
    boolean strong = false;
    boolean layout = false;
    boolean weak = false;
    for (String full : classAndId.split("[\\s#]+")) {
      // a BEM modifier (block__element--modifier) says how the element looks, not what it is:
      // TestReport__Section--Ads is a section of the report
      int modifier = full.indexOf("--");
      String name = modifier > 0 ? full.substring(0, modifier) : full;
      if (name.isEmpty() || isTaxonomy(name)) {
        continue;
      }
      String lower = name.toLowerCase(Locale.ROOT);
      boolean s = containsAny(lower, NEGATIVE_STEMS) || hasToken(name, NEGATIVE_TOKENS);
      boolean l = containsAny(lower, LAYOUT_STEMS);
      boolean w = containsAny(lower, WEAK_STEMS) || hasToken(name, WEAK_TOKENS);
      if (!s && !l && !w && containsAny(lower, POSITIVE_STEMS)) {
        return Hint.POSITIVE;
      }
      strong |= s;
      layout |= l;
      weak |= w;
    }
    return strong ? Hint.NEGATIVE : layout ? Hint.LAYOUT : weak ? Hint.WEAK_NEGATIVE : Hint.NONE;
  }

  /** The element's class or id names a part holding other people's or other stories' text. */
  static boolean holdsOtherText(Element e) {
    String key = (e.attributes().get("class") + " " + e.id()).toLowerCase(Locale.ROOT);
    return containsAny(key, OTHER_TEXT_STEMS) || e.normalName().equals("footer");
  }

  private static boolean isTaxonomy(String name) {
    for (String p : TAXONOMY_PREFIXES) {
      if (name.regionMatches(true, 0, p, 0, p.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAny(String lower, String[] stems) {
    for (String s : stems) {
      if (lower.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /** Tokens: split at anything but letters and digits, and where lower case turns upper (articleBody). */
  private static boolean hasToken(String s, Set<String> tokens) {
    int n = s.length();
    int start = 0;
    for (int i = 0; i <= n; i++) {
      boolean boundary = i == n || !Character.isLetterOrDigit(s.charAt(i))
          || i > start && Character.isUpperCase(s.charAt(i)) && Character.isLowerCase(s.charAt(i - 1));
      if (boundary) {
        if (i > start && tokens.contains(s.substring(start, i).toLowerCase(Locale.ROOT))) {
          return true;
        }
        start = i < n && Character.isLetterOrDigit(s.charAt(i)) ? i : i + 1;
      }
    }
    return false;
  }
}
