package org.lede.bench;

import java.util.Random;

/**
 * Synthetic article pages for the HTML extraction benchmark, shaped like the pages of news sites: a head with
 * inline scripts and styles, a navigation menu, a header, the story among a share bar, a figure, an inline
 * newsletter prompt and related links, a sidebar of teaser cards, a comment section and a footer of links;
 * about 180 KB a page, the size of a real one. The text comes from {@link CorpusGenerator}.
 */
final class PageGenerator {
  private PageGenerator() {}

  static String page(Random r) {
    StringBuilder b = new StringBuilder(200_000);
    b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>");
    String headline = headline(r);
    b.append(headline).append(" | The Daily Record</title>");
    b.append("<meta property=\"og:title\" content=\"").append(headline).append("\">");
    b.append("<meta property=\"og:site_name\" content=\"The Daily Record\">");
    b.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        + "\"headline\":\"").append(headline).append("\",\"datePublished\":\"2026-01-01T08:00:00Z\","
        + "\"author\":{\"@type\":\"Person\",\"name\":\"Ann Smith\"}}</script>");
    b.append("<style>");
    while (b.length() < 25_000) {
      b.append(".c").append(r.nextInt(5000)).append("{margin:").append(r.nextInt(40)).append("px;color:#")
          .append(Integer.toHexString(r.nextInt(0xFFFFFF))).append("}\n");
    }
    b.append("</style><script>");
    while (b.length() < 90_000) {
      b.append("window.cfg").append(r.nextInt(10_000)).append("={id:").append(r.nextInt()).append(",tags:['")
          .append(CorpusGenerator.word(r)).append("','").append(CorpusGenerator.word(r)).append("']};\n");
    }
    b.append("</script></head><body class=\"single-post has-sidebar\">");
    b.append("<div id=\"cookie-consent\"><p>We use cookies to improve your experience and to show you relevant"
        + " advertising. By continuing to use the site you agree.</p><button>Accept</button></div>");
    b.append("<header class=\"site-header\"><a class=\"logo\" href=\"/\">The Daily Record</a><nav><ul>");
    for (int i = 0; i < 60; i++) {
      b.append("<li class=\"menu-item\"><a href=\"/s/").append(i).append("\">")
          .append(CorpusGenerator.capitalise(CorpusGenerator.word(r))).append("</a></li>");
    }
    b.append("</ul></nav></header><div class=\"layout\"><main><article class=\"post\">");
    b.append("<h1 class=\"headline\">").append(headline).append("</h1>");
    b.append("<div class=\"byline\">By <a href=\"/a/smith\">Ann Smith</a> <time datetime=\"2026-01-01\">1 January"
        + " 2026</time></div><div class=\"share-bar\"><a href=\"#\">Facebook</a><a href=\"#\">Twitter</a>"
        + "<a href=\"#\">Email</a></div>");
    b.append("<figure><img src=\"/i/1.jpg\"><figcaption>").append(sentence(r)).append(" Photo: Agency</figcaption>"
        + "</figure><div class=\"article-body\">");
    int paragraphs = 4 + r.nextInt(10);
    for (int p = 0; p < paragraphs; p++) {
      b.append("<p>");
      int sentences = 1 + r.nextInt(5);
      for (int s = 0; s < sentences; s++) {
        b.append(sentence(r)).append(' ');
      }
      b.append("</p>");
      if (p == 2) {
        b.append("<div class=\"newsletter-signup\"><p>Get the morning briefing in your inbox.</p><input"
            + " type=\"email\"><button>Sign up</button></div>");
      }
      if (p == 4) {
        b.append("<div class=\"ad-slot\"><span>Advertisement</span></div>");
      }
    }
    b.append("<div class=\"related-stories\"><h3>Read more</h3><ul>");
    for (int i = 0; i < 10; i++) {
      b.append("<li><a href=\"/r/").append(i).append("\">").append(headline(r)).append("</a></li>");
    }
    b.append("</ul></div></div></article><section id=\"comments\"><h2>Comments</h2>");
    int comments = 5 + r.nextInt(15);
    for (int i = 0; i < comments; i++) {
      b.append("<div class=\"comment\"><span class=\"author\">reader").append(i).append("</span><p>")
          .append(sentence(r)).append(' ').append(sentence(r)).append("</p></div>");
    }
    b.append("</section></main><aside class=\"sidebar\">");
    for (int box = 0; box < 3; box++) {
      b.append("<div class=\"box\"><h3>Most read</h3>");
      for (int i = 0; i < 10; i++) {
        b.append("<div class=\"card\"><h4><a href=\"/m/").append(i).append("\">").append(headline(r))
            .append("</a></h4><p>").append(sentence(r)).append("</p></div>");
      }
      b.append("</div>");
    }
    b.append("</aside></div><div class=\"site-footer\"><ul>");
    for (int i = 0; i < 40; i++) {
      b.append("<li><a href=\"/f/").append(i).append("\">").append(CorpusGenerator.capitalise(CorpusGenerator.word(r)))
          .append("</a></li>");
    }
    b.append("</ul><p>Copyright 2026 The Daily Record. All rights reserved.</p></div></body></html>");
    return b.toString();
  }

  private static String headline(Random r) {
    return CorpusGenerator.capitalise(CorpusGenerator.word(r)) + " " + CorpusGenerator.capitalise(CorpusGenerator.word(r))
        + " Plan Draws " + CorpusGenerator.capitalise(CorpusGenerator.word(r));
  }

  private static String sentence(Random r) {
    StringBuilder s = new StringBuilder();
    CorpusGenerator.sentence(r, s);
    return s.toString().replace("&", "&amp;").replace("<", "&lt;");
  }
}
