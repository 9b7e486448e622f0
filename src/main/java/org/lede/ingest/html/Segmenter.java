package org.lede.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts a page's body into {@link Block}s in document order, in one iterative walk (deep documents cannot
 * overflow the stack). Elements that never hold article text are skipped whole: scripts, styles, embedded
 * objects, form controls, {@code nav}, {@code aside}, {@code footer}, dialogs, and anything hidden (the
 * {@code hidden} attribute, {@code aria-hidden="true"}, an inline {@code display: none} or
 * {@code visibility: hidden}, a closed Bootstrap {@code collapse} panel). Forms are not skipped: some sites wrap the whole page in one.
 *
 * <p>Every block-level element, and every element with a negative {@link Hints hint}, becomes a
 * {@link Region}: the contiguous range of blocks it holds, so sums over an element are differences of prefix
 * sums.
 */
final class Segmenter {
  /** An element and the blocks inside it, {@code [first, end)}. */
  static final class Region {
    final Element element;
    final int parent;
    final Hints.Hint hint;
    final int first;
    int end;

    Region(Element element, int parent, Hints.Hint hint, int first) {
      this.element = element;
      this.parent = parent;
      this.hint = hint;
      this.first = first;
    }

    boolean contains(int block) {
      return block >= first && block < end;
    }
  }

  /** Totals of one list element. */
  static final class ListStats {
    int units;
    int items;
    double linkUnits;
  }

  private static final Set<String> SKIPPED = Set.of(
      "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video",
      "audio", "map", "button", "input", "select", "textarea", "option", "datalist", "head", "link", "meta",
      "nav", "aside", "footer", "dialog", "menu", "frameset", "frame", "applet");

  private static final Set<String> BLOCKS = Set.of(
      "address", "article", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl", "dt",
      "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
      "html", "legend", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
      "th", "thead", "tr", "ul", "caption", "picture");

  final List<Block> blocks = new ArrayList<>();
  final List<Region> regions = new ArrayList<>();
  final List<ListStats> lists = new ArrayList<>();
  /** Block indexes of {@code h1} text. */
  final List<Integer> titles = new ArrayList<>();

  private final Hints hints;
  private final StringBuilder cur = new StringBuilder();
  private int curChars;
  private int curLinkChars;
  private final List<Integer> regionStack = new ArrayList<>();
  private final List<Integer> listStack = new ArrayList<>();
  private int anchors;
  private int titleDepth;
  private int headingDepth;
  private int captionDepth;
  private int preDepth;
  private int quoteDepth;
  private int itemDepth;
  private int cellDepth;

  Segmenter(Hints hints) {
    this.hints = hints;
  }

  /** Walks {@code root}; the results are in {@link #blocks}, {@link #regions} and {@link #lists}. */
  Segmenter walk(Element root) {
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          append(t.getWholeText());
          return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
          return FilterResult.SKIP_ENTIRELY; // comments, data nodes
        }
        String tag = e.normalName();
        if (SKIPPED.contains(tag) && !isUnclosedNoscript(e) || e.attributesSize() > 0 && isHidden(e)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("br")) {
          lineBreak();
          return FilterResult.CONTINUE;
        }
        open(e, tag);
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && !e.normalName().equals("br")) {
          close(e, e.normalName());
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    flush();
    for (int r : regionStack) {
      regions.get(r).end = blocks.size();
    }
    return this;
  }

  private void open(Element e, String tag) {
    boolean block = BLOCKS.contains(tag);
    Hints.Hint hint = e.attributesSize() == 0 ? Hints.Hint.NONE : hints.of(e);
    if (block || hint != Hints.Hint.NONE && hint != Hints.Hint.POSITIVE) {
      flush();
      int parent = regionStack.isEmpty() ? -1 : regionStack.get(regionStack.size() - 1);
      regions.add(new Region(e, parent, hint, blocks.size()));
      regionStack.add(regions.size() - 1);
    }
    switch (tag) {
      case "a" -> anchors++;
      case "h1" -> titleDepth++;
      case "h2", "h3", "h4", "h5", "h6" -> headingDepth++;
      case "figure", "figcaption", "caption" -> captionDepth++;
      case "pre" -> preDepth++;
      case "blockquote" -> quoteDepth++;
      case "li", "dt", "dd" -> itemDepth++;
      case "td", "th" -> cellDepth++;
      case "ul", "ol", "dl" -> {
        lists.add(new ListStats());
        listStack.add(lists.size() - 1);
      }
      default -> { }
    }
  }

  private void close(Element e, String tag) {
    boolean region = !regionStack.isEmpty() && regions.get(regionStack.get(regionStack.size() - 1)).element == e;
    if (region) {
      flush();
    }
    switch (tag) {
      case "a" -> anchors = Math.max(0, anchors - 1);
      case "h1" -> titleDepth--;
      case "h2", "h3", "h4", "h5", "h6" -> headingDepth--;
      case "figure", "figcaption", "caption" -> captionDepth--;
      case "pre" -> preDepth--;
      case "blockquote" -> quoteDepth--;
      case "li", "dt", "dd" -> itemDepth--;
      case "td", "th" -> cellDepth--;
      case "ul", "ol", "dl" -> listStack.remove(listStack.size() - 1);
      default -> { }
    }
    if (region) {
      Region r = regions.get(regionStack.remove(regionStack.size() - 1));
      r.end = blocks.size();
    }
  }

  /**
   * A {@code <noscript>} left open by its page ({@code <noscript><div id="x"></noscript>}), which the parser
   * lets run to the end of the document: it holds the page's own text (more than 500 characters of it and
   * most of the body's), not a note for readers without scripts, and is read as if it were not there.
   */
  private static boolean isUnclosedNoscript(Element e) {
    if (!e.normalName().equals("noscript") || e.childrenSize() == 0) {
      return false;
    }
    Element body = e.ownerDocument() == null ? null : e.ownerDocument().body();
    int own = e.text().length();
    return own > 500 && body != null && own * 2 > body.text().length();
  }

  private static boolean isHidden(Element e) {
    Attributes a = e.attributes(); // the HTML parser lower-cases attribute names
    if (a.hasKey("hidden") || a.get("aria-hidden").equalsIgnoreCase("true")) {
      return true;
    }
    String cls = a.get("class");
    if (cls.contains("collapse") && e.hasClass("collapse") && !e.hasClass("show") && !e.hasClass("in")) {
      return true; // Bootstrap's collapsed panel: shown only when a reader opens it
    }
    String style = a.get("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  private void append(String text) {
    boolean pre = preDepth > 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && pre) {
        trimTrailingSpace();
        cur.append('\n');
      } else if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF') {
        int n = cur.length();
        if (n > 0 && cur.charAt(n - 1) != ' ' && cur.charAt(n - 1) != '\n') {
          cur.append(' ');
        }
      } else {
        cur.append(c);
        curChars++;
        if (anchors > 0) {
          curLinkChars++;
        }
      }
    }
  }

  /** One {@code <br>} is a line break; a second one in a row ends the block. */
  private void lineBreak() {
    trimTrailingSpace();
    int n = cur.length();
    if (n == 0) {
      return;
    }
    if (cur.charAt(n - 1) == '\n') {
      flush();
    } else {
      cur.append('\n');
    }
  }

  private void trimTrailingSpace() {
    int n = cur.length();
    while (n > 0 && cur.charAt(n - 1) == ' ') {
      n--;
    }
    cur.setLength(n);
  }

  private void flush() {
    if (curChars == 0) {
      cur.setLength(0);
      curLinkChars = 0;
      return;
    }
    String text = cur.toString().strip();
    cur.setLength(0);
    int units = units(text);
    int punctuation = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == '\u3002' || c == '\uFF0C'
          || c == '\u3001' || c == '\uFF01' || c == '\uFF1F' || c == '\u060C' || c == '\u061F') {
        punctuation++;
      }
    }
    double linkDensity = curChars == 0 ? 0 : (double) curLinkChars / curChars;
    curChars = 0;
    curLinkChars = 0;
    if (units == 0) {
      return;
    }
    Block.Kind kind = kind();
    int list = listStack.isEmpty() ? -1 : listStack.get(listStack.size() - 1);
    if (list >= 0) {
      ListStats s = lists.get(list);
      s.units += units;
      s.linkUnits += units * linkDensity;
      s.items++;
    }
    if (kind == Block.Kind.TITLE) {
      titles.add(blocks.size());
    }
    blocks.add(new Block(text, kind, units, linkDensity, punctuation, list, endsSentence(text)));
  }

  private Block.Kind kind() {
    if (titleDepth > 0) {
      return Block.Kind.TITLE;
    }
    if (headingDepth > 0) {
      return Block.Kind.HEADING;
    }
    if (captionDepth > 0) {
      return Block.Kind.CAPTION;
    }
    if (preDepth > 0) {
      return Block.Kind.PRE;
    }
    if (quoteDepth > 0) {
      return Block.Kind.QUOTE;
    }
    if (itemDepth > 0) {
      return Block.Kind.LIST_ITEM;
    }
    if (cellDepth > 0) {
      return Block.Kind.CELL;
    }
    for (int k = regionStack.size() - 1; k >= 0; k--) {
      Element e = regions.get(regionStack.get(k)).element;
      if (BLOCKS.contains(e.normalName())) {
        return e.normalName().equals("p") ? Block.Kind.PARAGRAPH : Block.Kind.OTHER;
      }
    }
    return Block.Kind.OTHER;
  }

  private static boolean endsSentence(String t) {
    for (int i = t.length() - 1; i >= 0; i--) {
      char c = t.charAt(i);
      if (c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == '\u00BB' || c == ' ') {
        continue;
      }
      return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u3002' || c == '\uFF01'
          || c == '\uFF1F' || c == ':' || c == '\u061F';
    }
    return false;
  }

  /** Words of a text, counting each CJK or Thai character as one. */
  static int units(String text) {
    int units = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isCjk(c)) {
        units++;
        inWord = false;
      } else if (Character.isLetterOrDigit(c)) {
        if (!inWord) {
          units++;
        }
        inWord = true;
      } else {
        inWord = inWord && (c == '\'' || c == '\u2019' || c == '-') && i + 1 < text.length()
            && Character.isLetterOrDigit(text.charAt(i + 1));
      }
    }
    return units;
  }

  static boolean isCjk(char c) {
    return c >= '\u3040' && c <= '\u30FF' || c >= '\u3400' && c <= '\u9FFF' || c >= '\uF900' && c <= '\uFAFF'
        || c >= '\u0E00' && c <= '\u0E7F';
  }
}
