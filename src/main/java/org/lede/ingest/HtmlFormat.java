package org.lede.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.lede.text.Paragraphs;

/**
 * HTML, one article per file, parsed with jsoup. Script, style, nav, footer, aside, form, noscript, iframe,
 * svg and template elements are removed first. Title: og:title, else the first h1, else &lt;title&gt;.
 * Paragraphs: the text of p, h2-h6, blockquote, li and pre elements in document order (inside &lt;article&gt; or
 * &lt;main&gt; when the page has one), skipping elements nested in one already taken. A page without such
 * elements falls back to the own text of its block elements (flag {@code no_paragraph_markup}). Byline from
 * meta author or a .byline element; url from the canonical link or og:url; published_at from
 * article:published_time or the first time[datetime]; source from og:site_name.
 */
public final class HtmlFormat {
  private HtmlFormat() {}

  public static final String NO_PARAGRAPH_MARKUP = "no_paragraph_markup";
  private static final String BLOCKS = "p, h2, h3, h4, h5, h6, blockquote, li, pre";

  public static ReadResult parse(String path, String html, List<String> flags) {
    Document doc = Jsoup.parse(html);
    doc.select("script, style, nav, footer, aside, form, noscript, iframe, svg, template, button").remove();
    String title = firstNonBlank(meta(doc, "meta[property=og:title]"), text(doc.selectFirst("h1")), doc.title());
    Element scope = doc.selectFirst("article");
    if (scope == null) {
      scope = doc.selectFirst("main");
    }
    if (scope == null) {
      scope = doc.body();
    }
    String byline = firstNonBlank(meta(doc, "meta[name=author]"), text(doc.selectFirst(".byline, [rel=author]")));
    doc.select(".byline").remove();
    if (byline != null && byline.regionMatches(true, 0, "by ", 0, 3)) {
      byline = byline.substring(3).trim();
    }
    List<String> allFlags = new ArrayList<>(flags);
    List<String> paragraphs = new ArrayList<>();
    if (scope != null) {
      Elements blocks = scope.select(BLOCKS);
      List<Element> taken = new ArrayList<>();
      for (Element e : blocks) {
        if (hasTakenAncestor(e, taken)) {
          continue;
        }
        taken.add(e);
        addText(paragraphs, e.text());
      }
      if (paragraphs.isEmpty()) {
        allFlags.add(NO_PARAGRAPH_MARKUP);
        for (Element e : scope.select("*")) {
          if (e.tagName().equals("h1") || e.tagName().equals("title")) {
            continue;
          }
          addText(paragraphs, e.ownText());
        }
      }
    }
    if (title != null && !paragraphs.isEmpty() && paragraphs.get(0).equals(title)) {
      paragraphs.remove(0);
    }
    if (byline != null && !paragraphs.isEmpty() && paragraphs.get(paragraphs.size() - 1).endsWith(byline)
        && paragraphs.get(paragraphs.size() - 1).length() <= byline.length() + 4) {
      paragraphs.remove(paragraphs.size() - 1);
    }
    String url = firstNonBlank(attr(doc, "link[rel=canonical]", "href"), meta(doc, "meta[property=og:url]"));
    String published = firstNonBlank(meta(doc, "meta[property=article:published_time]"),
        attr(doc, "time[datetime]", "datetime"));
    String source = meta(doc, "meta[property=og:site_name]");
    if (paragraphs.isEmpty()) {
      return Reject.of(path, "file", title == null ? RejectReason.MISSING_TEXT : RejectReason.NO_BODY,
          "the page has no body text", html);
    }
    return new RawArticle(path, "file", 0, null, title, byline, published, url, source, paragraphs, allFlags);
  }

  private static boolean hasTakenAncestor(Element e, List<Element> taken) {
    if (taken.isEmpty()) {
      return false;
    }
    Element last = taken.get(taken.size() - 1);
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == last) {
        return true;
      }
    }
    return false;
  }

  private static void addText(List<String> out, String text) {
    for (String p : Paragraphs.split(text)) {
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
  }

  private static String meta(Document doc, String selector) {
    return attr(doc, selector, "content");
  }

  private static String attr(Document doc, String selector, String attr) {
    Element e = doc.selectFirst(selector);
    return e == null ? null : blankToNull(e.attr(attr));
  }

  private static String text(Element e) {
    return e == null ? null : blankToNull(e.text());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static String firstNonBlank(String... xs) {
    for (String x : xs) {
      if (x != null && !x.isBlank()) {
        return x.trim();
      }
    }
    return null;
  }
}
