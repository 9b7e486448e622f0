package org.lede.ingest.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * What a page says about itself, structured data first: the schema.org JSON-LD object of an article type
 * ({@code NewsArticle}, {@code Article}, {@code BlogPosting}, ...; found at the top level, in arrays and in
 * {@code @graph}), then Open Graph and other meta tags, then the markup ({@code h1}, {@code <title>},
 * {@code time}, {@code rel=author}).
 *
 * @param type the JSON-LD {@code @type} of the page's main object, or null
 * @param ogType the Open Graph type ({@code article}, {@code video.other}, {@code website}), or null
 * @param articleBody JSON-LD {@code articleBody}, or null
 * @param language the page's declared language ({@code inLanguage}, {@code og:locale}, {@code <html lang>}), or null
 * @param documentTitle the {@code <title>} element's text, or null
 */
record PageMeta(String title, String byline, String publishedAt, String url, String source, String type,
    String ogType, String articleBody, String language, String documentTitle) {

  private static final Set<String> ARTICLE_TYPES = Set.of(
      "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
      "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle", "blogposting", "liveblogposting",
      "socialmediaposting", "techarticle", "scholarlyarticle", "report", "satiricalarticle", "advertisercontentarticle");

  private static final ObjectMapper LENIENT = JsonMapper.builder(JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
              JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS,
              JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .build())
      .build();

  /** Reads the metadata in one walk over the document. */
  static PageMeta of(Document doc) {
    Markup m = new Markup();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Element e) {
        m.see(e);
      }
    }, doc);
    JsonNode ld = articleObject(m.jsonLd);
    String title = first(text(ld, "headline"), m.meta("og:title"), m.meta("twitter:title"), text(m.h1),
        doc.title());
    String byline = first(people(ld == null ? null : ld.get("author")), m.meta("author"),
        notUrl(m.meta("article:author")), m.meta("byl"), text(m.relAuthor), text(m.authorName),
        text(m.author), text(m.bylineClass));
    String published = first(text(ld, "datePublished"), m.meta("article:published_time"),
        m.meta("datepublished"), m.datePublished, m.meta("pubdate"), m.meta("publishdate"), m.meta("date"),
        m.meta("dc.date.issued"), m.meta("parsely-pub-date"), m.meta("sailthru.date"), text(ld, "dateCreated"),
        m.time);
    String url = first(m.canonical, m.meta("og:url"), text(ld, "url"),
        id(ld == null ? null : ld.get("mainEntityOfPage")));
    String source = first(m.meta("og:site_name"), name(ld == null ? null : ld.get("publisher")),
        m.meta("application-name"));
    String language = first(text(ld, "inLanguage"), m.meta("og:locale"), m.lang);
    String articleBody = text(ld, "articleBody");
    if (articleBody != null && articleBody.indexOf('<') >= 0) {
      articleBody = Parser.unescapeEntities(articleBody.replaceAll("<[^>]{0,2000}>", " "), false);
    }
    return new PageMeta(clean(title), cleanByline(byline), published, absolute(doc, url), clean(source),
        ld == null ? null : typeName(ld), lower(m.meta("og:type")), articleBody, language, clean(doc.title()));
  }

  /** The first of each kind of element the metadata may come from, gathered in one walk. */
  private static final class Markup {
    final Map<String, String> metas = new HashMap<>();
    final List<String> jsonLd = new ArrayList<>();
    String canonical;
    String lang;
    String datePublished;
    String time;
    Element h1;
    Element relAuthor;
    Element authorName;
    Element author;
    Element bylineClass;

    void see(Element e) {
      if (e.attributesSize() == 0) {
        if (h1 == null && e.normalName().equals("h1")) {
          h1 = e;
        }
        return;
      }
      switch (e.normalName()) {
        case "meta" -> {
          String content = e.attr("content");
          if (!content.isBlank()) {
            for (String key : new String[] {e.attr("property"), e.attr("name"), e.attr("itemprop")}) {
              if (!key.isEmpty()) {
                metas.putIfAbsent(key.toLowerCase(Locale.ROOT), content.trim());
              }
            }
          }
        }
        case "script" -> {
          if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
            jsonLd.add(e.data());
          }
        }
        case "link" -> {
          if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) {
            canonical = blankToNull(e.attr("href"));
          }
        }
        case "html" -> lang = lang == null ? blankToNull(e.attr("lang")) : lang;
        case "h1" -> h1 = h1 == null ? e : h1;
        case "time" -> time = time == null ? blankToNull(e.attr("datetime")) : time;
        default -> { }
      }
      String itemprop = e.attributes().get("itemprop");
      if (!itemprop.isEmpty()) {
        if (datePublished == null && itemprop.equalsIgnoreCase("datePublished")) {
          datePublished = blankToNull(e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content"));
        } else if (itemprop.equalsIgnoreCase("author")) {
          author = author == null ? e : author;
        } else if (itemprop.equalsIgnoreCase("name") && authorName == null && author != null
            && e.parents().contains(author)) {
          authorName = e;
        }
      }
      if (relAuthor == null && e.attributes().get("rel").equalsIgnoreCase("author")) {
        relAuthor = e;
      }
      if (bylineClass == null) {
        String cls = e.attributes().get("class");
        if ((cls.contains("byline") || cls.contains("author-name"))
            && (e.hasClass("byline") || e.hasClass("author-name") || e.hasClass("byline__name"))) {
          bylineClass = e;
        }
      }
    }

    String meta(String key) {
      return metas.get(key);
    }
  }

  /** True when the page declares itself a video (og:type video.*, or a VideoObject as its main object). */
  boolean declaresVideo() {
    return ogType != null && ogType.startsWith("video") || "videoobject".equals(lower(type));
  }

  /** True when the page's structured data says it is an article. */
  boolean declaresArticle() {
    return type != null && ARTICLE_TYPES.contains(lower(type)) || "article".equals(ogType);
  }

  // ---- JSON-LD ----

  private static JsonNode articleObject(List<String> scripts) {
    JsonNode fallback = null;
    for (String script : scripts) {
      JsonNode root;
      try (JsonParser p = LENIENT.createParser(script)) {
        root = LENIENT.readTree(p);
      } catch (IOException | RuntimeException e) {
        continue; // a broken JSON-LD block says nothing; the meta tags and markup still do
      }
      List<JsonNode> objects = new ArrayList<>();
      collect(root, objects, 0);
      for (JsonNode o : objects) {
        String t = lower(typeName(o));
        if (t != null && ARTICLE_TYPES.contains(t)) {
          return o;
        }
        if (fallback == null && t != null && (t.equals("videoobject") || o.has("articleBody"))) {
          fallback = o;
        }
      }
    }
    return fallback;
  }

  private static void collect(JsonNode n, List<JsonNode> out, int depth) {
    if (n == null || depth > 4) {
      return;
    }
    if (n.isArray()) {
      for (JsonNode e : n) {
        collect(e, out, depth + 1);
      }
    } else if (n.isObject()) {
      out.add(n);
      collect(n.get("@graph"), out, depth + 1);
      collect(n.get("mainEntity"), out, depth + 1);
    }
  }

  private static String typeName(JsonNode o) {
    JsonNode t = o.get("@type");
    if (t == null) {
      return null;
    }
    if (t.isArray()) {
      String first = null;
      for (JsonNode e : t) {
        String s = e.asText();
        if (ARTICLE_TYPES.contains(s.toLowerCase(Locale.ROOT))) {
          return s;
        }
        first = first == null ? s : first;
      }
      return first;
    }
    return t.asText();
  }

  private static String text(JsonNode o, String field) {
    if (o == null) {
      return null;
    }
    JsonNode v = o.get(field);
    if (v != null && v.isArray() && v.size() > 0) {
      v = v.get(0);
    }
    return v != null && v.isValueNode() ? blankToNull(v.asText()) : null;
  }

  /** Names of people: a string, an object with a name, or an array of either, joined with ", ". */
  private static String people(JsonNode v) {
    if (v == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (JsonNode p : v.isArray() ? v : List.of(v)) {
      String n = p.isTextual() ? p.asText() : name(p);
      n = notUrl(blankToNull(n));
      if (n != null && !names.contains(n)) {
        names.add(n);
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static String name(JsonNode v) {
    if (v == null) {
      return null;
    }
    if (v.isArray()) {
      return v.size() == 0 ? null : name(v.get(0));
    }
    return v.isTextual() ? blankToNull(v.asText()) : text(v, "name");
  }

  private static String id(JsonNode v) {
    if (v == null) {
      return null;
    }
    return v.isTextual() ? blankToNull(v.asText()) : text(v, "@id");
  }

  // ---- markup ----

  private static String text(Element e) {
    return e == null ? null : blankToNull(e.text());
  }

  private static String absolute(Document doc, String url) {
    if (url == null || url.startsWith("http://") || url.startsWith("https://") || doc.location().isEmpty()) {
      return url;
    }
    try {
      return java.net.URI.create(doc.location()).resolve(url.replace(" ", "%20")).toString();
    } catch (IllegalArgumentException e) {
      return url; // not a URL we can resolve: kept as the page wrote it
    }
  }

  private static String notUrl(String s) {
    return s == null || s.startsWith("http://") || s.startsWith("https://") || s.startsWith("/") ? null : s;
  }

  private static String cleanByline(String s) {
    String b = clean(s);
    if (b != null && b.regionMatches(true, 0, "by ", 0, 3)) {
      b = b.substring(3).trim();
    }
    return b == null || b.isEmpty() || b.length() > 200 ? null : b;
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.replaceAll("\\s+", " ").trim();
    return t.isEmpty() ? null : t;
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static String first(String... xs) {
    for (String x : xs) {
      if (x != null && !x.isBlank()) {
        return x.trim();
      }
    }
    return null;
  }
}
