package org.lede.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the article body among a page's {@link Block}s.
 *
 * <ol>
 *   <li><b>Value of each block.</b> Running text (enough words, sentence punctuation, few links) counts its
 *       words in favour; link lists, text inside elements hinted as comments, related links, share bars and
 *       the like count their words against; short text counts a little against; the headline counts nothing.
 *   <li><b>The container.</b> The element whose blocks sum highest, times a bonus when its markup says it is
 *       the story ({@code article}, {@code main}, {@code itemprop=articleBody}, a class such as
 *       {@code article-body}). Its blocks are a contiguous range, so each sum is a difference of prefix sums
 *       and the search is linear in the page. Markup is evidence, not truth: an {@code <article>} holding a
 *       reader comment loses to the element that holds the story.
 *   <li><b>Siblings.</b> Sibling elements of the container that are mostly running text (a story split by an
 *       advertisement slot) join it.
 *   <li><b>Inside the container.</b> Running text is kept; short blocks (subheads, one-line paragraphs, list
 *       items) are kept between two kept paragraphs, unless they are links or page furniture; link lists,
 *       hinted boilerplate, captions and the headline are dropped.
 * </ol>
 */
final class BodyFinder {
  /** The body found: its paragraphs, and whether any came from paragraph markup. */
  /**
   * @param units words of the body
   * @param paragraphMarkup some of the body came from {@code <p>} elements
   * @param pageUnits words of the whole page's text
   * @param interleavedLinkUnits words of link lists between the body's first and last paragraphs (an index
   *     page alternates headlines and teasers)
   */
  record Body(List<String> paragraphs, int units, boolean paragraphMarkup, int pageUnits,
      int interleavedLinkUnits) {}

  private static final Pattern FURNITURE = Pattern.compile(
      "(?i)(advertisement|advertisment|ad|ads|sponsored|story continues (below|after)( advertisement)?|"
          + "continue reading.*|read more.*|related( articles| stories| coverage| content)?:?|share( this)?( article| story)?|"
          + "sign up.*|subscribe.*|follow us.*|click here.*|image copyright.*|image caption.*|getty images|"
          + "photo:.*|image:.*|credit:.*|loading\\W*|scroll (down )?to continue.*|"
          + "this article is more than .* old|more on this story:?|skip (to )?(main )?content|"
          + "(see|watch) also:?.*|recommended( for you| stories)?:?|most (read|popular|viewed):?|"
          + "we('| a)re sorry.*|you (may|might) also like:?|supported by|comments?)\\W*");

  /** Headings of what follows a story: comments, related stories, "more from", in the main news languages. */
  private static final Pattern END_OF_STORY = Pattern.compile("(?iu)\\W*(\\d+\\s+)?(comments?|kommentare?|"
      + "commentaires?|comentarios?|commenti|coment\u00e1rios|reacties|reactions|leave a (reply|comment)|"
      + "related( articles| stories| coverage)?|mehr zum thema|weitere artikel|\u00e4hnliche artikel|"
      + "more (from|on|stories)\\b.*|read more|you (may|might) also like.*|recommended.*|lesen sie auch.*|"
      + "das k\u00f6nnte sie auch interessieren.*|sur le m\u00eame sujet|\u00e0 lire aussi.*|"
      + "te puede interesar.*|leggi anche.*|lees ook.*|leia tamb\u00e9m.*)\\W*");

  private BodyFinder() {}

  static Body find(Segmenter s, String title, String byline) {
    List<Block> blocks = s.blocks;
    int n = blocks.size();
    boolean[] boiler = boilerplate(s);
    double[] prefix = new double[n + 1];
    double[] positive = new double[n + 1];
    int pageUnits = 0;
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      pageUnits += b.units;
      double v = value(b, boiler[i], s);
      prefix[i + 1] = prefix[i] + v;
      positive[i + 1] = positive[i] + Math.max(v, 0);
    }
    List<Segmenter.Region> regions = s.regions;
    int best = -1;
    double bestScore = 0;
    for (int k = 0; k < regions.size(); k++) {
      Segmenter.Region r = regions.get(k);
      double score = sum(prefix, r) * bonus(r);
      if (score > bestScore
          || score == bestScore && best >= 0 && r.end - r.first < regions.get(best).end - regions.get(best).first) {
        best = k;
        bestScore = score;
      }
    }
    if (best < 0) {
      return new Body(List.of(), 0, false, pageUnits, 0);
    }
    best = descend(regions, best, positive);
    Segmenter.Region chosen = regions.get(best);
    boolean[] in = new boolean[n];
    mark(in, chosen);
    double own = sum(prefix, chosen);
    for (Segmenter.Region r : regions) {
      if (r != chosen && r.parent == chosen.parent && r.parent >= 0 && !overlaps(r, chosen)) {
        double sum = sum(prefix, r);
        if (sum > 0.1 * own && sum >= 0.5 * units(blocks, r)) {
          mark(in, r);
        }
      }
    }
    return select(blocks, in, boiler, s, title, byline, pageUnits);
  }

  /**
   * The body when no element holds running text: every block that is not a link, the headline, a caption or
   * hinted boilerplate (a page of short {@code div}s, a page of one sentence).
   */
  static Body everyBlock(Segmenter s, String title, String byline) {
    int n = s.blocks.size();
    boolean[] in = new boolean[n];
    java.util.Arrays.fill(in, true);
    boolean[] boiler = boilerplate(s);
    boolean[] prose = new boolean[n];
    int pageUnits = 0;
    for (int i = 0; i < n; i++) {
      Block b = s.blocks.get(i);
      pageUnits += b.units;
      prose[i] = !boiler[i] && !b.isLinks() && !listOfLinks(b, s) && b.kind != Block.Kind.TITLE
          && b.kind != Block.Kind.CAPTION;
    }
    return collect(s.blocks, in, boiler, prose, s, title, byline, pageUnits);
  }

  /**
   * The running text under the page's headline, for a page whose body came out too short to be an article:
   * a short story beside a video, the free opening of a paywalled story, a news item above a comment form,
   * whose containers carry classes that hint at something else ({@code video-social-clear},
   * {@code div.player}). From the headline (the {@code h1}, or the block that repeats the page's title)
   * onwards, sentences of running text are taken and everything else passed over, whatever the hints say,
   * until a heading follows the text, twelve blocks in a row are not text, or a part of the page holding
   * other people's or other stories' text begins (comments, related stories). Empty when the page has no
   * headline or no sentence under it.
   */
  static Body underHeadline(Segmenter s, String title, String byline, int pageUnits) {
    List<Block> blocks = s.blocks;
    String titleKey = key(title);
    int head = -1;
    int firstH1 = -1;
    for (int i = 0; i < blocks.size() && head < 0; i++) {
      Block b = blocks.get(i);
      if (sameText(b, titleKey) && b.kind != Block.Kind.CAPTION && b.kind != Block.Kind.LIST_ITEM) {
        head = i;
      } else if (b.kind == Block.Kind.TITLE && firstH1 < 0) {
        firstH1 = i; // the title may carry the site's name ("Tomatoes, sliced - Tips with pictures")
      }
    }
    head = head < 0 ? firstH1 : head;
    if (head < 0) {
      return new Body(List.of(), 0, false, pageUnits, 0);
    }
    boolean[] otherText = otherText(s);
    List<String> out = new ArrayList<>();
    int units = 0;
    boolean sentence = false;
    boolean paragraphMarkup = false;
    int gap = 0;
    String bylineKey = key(byline);
    for (int i = head + 1; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (otherText[i] || !out.isEmpty() && (b.kind == Block.Kind.HEADING && !isDek(b) || b.kind == Block.Kind.TITLE
          || b.units < 8 && END_OF_STORY.matcher(b.text).matches())) {
        break;
      }
      boolean dek = isDek(b);
      boolean text = (b.isProse() || b.units >= 8 && b.endsSentence && b.linkDensity < 0.2)
          && b.kind != Block.Kind.CAPTION && (b.kind != Block.Kind.HEADING || dek) && b.kind != Block.Kind.TITLE
          && !listOfLinks(b, s) && !isNotice(b) && !isFurniture(b) && !isTitleOrByline(b, titleKey, bylineKey);
      if (!text) {
        if (++gap >= (out.isEmpty() ? 25 : 12)) {
          break;
        }
        continue;
      }
      gap = 0;
      units += b.units;
      sentence |= b.endsSentence || b.isProse();
      paragraphMarkup |= b.kind == Block.Kind.PARAGRAPH;
      for (String line : b.text.split("\n")) {
        String t = line.strip();
        if (!t.isEmpty()) {
          out.add(t);
        }
      }
    }
    return sentence ? new Body(out, units, paragraphMarkup, pageUnits, 0) : new Body(List.of(), 0, false, pageUnits, 0);
  }

  /** A heading that is a sentence or two under the headline (a standfirst set as {@code h2}), not a title. */
  private static boolean isDek(Block b) {
    return b.kind == Block.Kind.HEADING && b.units >= 15 && b.punctuation >= 2 && b.linkDensity < 0.2;
  }

  /** Blocks inside parts of the page that hold other people's or other stories' text (comments, related). */
  private static boolean[] otherText(Segmenter s) {
    int n = s.blocks.size();
    int[] diff = new int[n + 1];
    for (Segmenter.Region r : s.regions) {
      if (r.hint == Hints.Hint.NEGATIVE && r.end > r.first && Hints.holdsOtherText(r.element)) {
        diff[r.first]++;
        diff[r.end]--;
      }
    }
    boolean[] out = new boolean[n];
    int depth = 0;
    for (int i = 0; i < n; i++) {
      depth += diff[i];
      out[i] = depth > 0;
    }
    return out;
  }

  private static Body select(List<Block> blocks, boolean[] in, boolean[] boiler, Segmenter s, String title,
      String byline, int pageUnits) {
    int n = blocks.size();
    boolean[] prose = new boolean[n];
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      prose[i] = in[i] && !boiler[i] && b.isProse() && !listOfLinks(b, s);
    }
    return collect(blocks, in, boiler, prose, s, title, byline, pageUnits);
  }

  /** The prose blocks, and the short ones between the first and the last of them that pass as body text. */
  private static Body collect(List<Block> blocks, boolean[] in, boolean[] boiler, boolean[] prose, Segmenter s,
      String title, String byline, int pageUnits) {
    int n = blocks.size();
    String titleKey = key(title);
    String bylineKey = key(byline);
    int firstProse = -1;
    int lastProse = -1;
    for (int i = 0; i < n; i++) {
      if (prose[i] && sameText(blocks.get(i), titleKey)) {
        prose[i] = false;
      }
      if (prose[i]) {
        firstProse = firstProse < 0 ? i : firstProse;
        lastProse = i;
      }
    }
    List<String> out = new ArrayList<>();
    int units = 0;
    int interleavedLinks = 0;
    boolean paragraphMarkup = false;
    int from = firstProse;
    while (from > 0 && in[from - 1] && isEdgeParagraph(blocks.get(from - 1), boiler[from - 1], titleKey, bylineKey)) {
      from--;
    }
    int to = lastProse;
    while (to >= 0 && to + 1 < n && in[to + 1] && isEdgeParagraph(blocks.get(to + 1), boiler[to + 1], titleKey, bylineKey)) {
      to++;
    }
    for (int i = Math.max(from, 0); i <= to; i++) {
      Block b = blocks.get(i);
      if (!in[i]) {
        continue;
      }
      if (b.isLinks() || listOfLinks(b, s)) {
        interleavedLinks += b.units;
      }
      boolean keep = prose[i] || !boiler[i] && b.kind != Block.Kind.TITLE && b.kind != Block.Kind.CAPTION
          && b.linkDensity <= 0.34 && !listOfLinks(b, s) && !isTitleOrByline(b, titleKey, bylineKey)
          && !isFurniture(b);
      if (!keep) {
        continue;
      }
      units += b.units;
      paragraphMarkup |= b.kind == Block.Kind.PARAGRAPH;
      for (String line : b.text.split("\n")) {
        String t = line.strip();
        if (!t.isEmpty()) {
          out.add(t);
        }
      }
    }
    return new Body(out, units, paragraphMarkup, pageUnits, interleavedLinks);
  }

  /**
   * A short paragraph just before the first or after the last paragraph of running text that still reads as
   * the story: a {@code <p>} (or a {@code div} or line used as one) of a full sentence without links or figures ("The reason we came was the
   * park!"), where datelines, bylines, times and furniture have digits, links or no full stop.
   */
  private static boolean isEdgeParagraph(Block b, boolean boiler, String titleKey, String bylineKey) {
    if (boiler || b.kind != Block.Kind.PARAGRAPH && b.kind != Block.Kind.OTHER || !b.endsSentence || b.units < 4 || b.linkDensity > 0
        || isTitleOrByline(b, titleKey, bylineKey) || isFurniture(b)) {
      return false;
    }
    for (int i = 0; i < b.text.length(); i++) {
      if (Character.isDigit(b.text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTitleOrByline(Block b, String titleKey, String bylineKey) {
    return sameText(b, titleKey) || sameText(b, bylineKey) || sameText(b, bylineKey == null ? null : "by" + bylineKey);
  }

  private static boolean isFurniture(Block b) {
    return b.units < 15 && FURNITURE.matcher(b.text).matches();
  }

  /**
   * Blocks inside elements hinted as boilerplate. A hinted element is a page wrapper, not boilerplate, when it
   * holds the headline; an element hinted by the layout is one too when most of its running text sits in a
   * part hinted as the story ({@code <div class="content-with-sidebar"><div class="article-body">}); a weak
   * hint (caption, byline, tags, ...) counts only for an element with little running text in it.
   */
  static boolean[] boilerplate(Segmenter s) {
    int n = s.blocks.size();
    int[] proseUnits = new int[n + 1];
    int[] proseBlocks = new int[n + 1];
    for (int i = 0; i < n; i++) {
      Block b = s.blocks.get(i);
      boolean p = b.isProse();
      proseUnits[i + 1] = proseUnits[i] + (p ? b.units : 0);
      proseBlocks[i + 1] = proseBlocks[i] + (p ? 1 : 0);
    }
    // for each region, the prose of the largest positive region inside it (regions come in document order,
    // each after its ancestors, so a reverse pass sees children first)
    int[] positiveInside = new int[s.regions.size()];
    for (int k = s.regions.size() - 1; k >= 0; k--) {
      Segmenter.Region r = s.regions.get(k);
      int own = r.hint == Hints.Hint.POSITIVE ? proseUnits[r.end] - proseUnits[r.first] : 0;
      positiveInside[k] = Math.max(positiveInside[k], own);
      if (r.parent >= 0 && r.hint != Hints.Hint.NEGATIVE) { // a story part inside a comment is the comment's
        positiveInside[r.parent] = Math.max(positiveInside[r.parent], positiveInside[k]);
      }
    }
    int pageProse = proseUnits[n];
    int[] diff = new int[n + 1];
    for (int k = 0; k < s.regions.size(); k++) {
      Segmenter.Region r = s.regions.get(k);
      int prose = proseUnits[r.end] - proseUnits[r.first];
      if (r.end <= r.first || holdsTitle(s, r)) {
        continue;
      }
      // a part hinted as the story holding most of an element's running text makes the element a wrapper
      boolean wrapsStory = prose > 0 && positiveInside[k] * 2 >= prose;
      boolean strong = r.hint == Hints.Hint.NEGATIVE && !wrapsStory;
      boolean layout = r.hint == Hints.Hint.LAYOUT && !wrapsStory;
      boolean weak = r.hint == Hints.Hint.WEAK_NEGATIVE && !holdsMostProse(prose, pageProse)
          && !isProseParagraph(s, r) && (proseBlocks[r.end] - proseBlocks[r.first] < 2 || prose < 60);
      if (strong || layout || weak) {
        diff[r.first]++;
        diff[r.end]--;
      }
    }
    markCards(s, diff);
    boolean[] out = new boolean[n];
    int depth = 0;
    for (int i = 0; i < n; i++) {
      depth += diff[i];
      out[i] = depth > 0 || isNotice(s.blocks.get(i));
    }
    return out;
  }

  /**
   * A notice to the reader's browser, not to the reader: "You do not appear to have JavaScript enabled",
   * "Bitte aktivieren Sie JavaScript", "Your browser is out of date".
   */
  private static final Pattern NOTICE = Pattern.compile("(?i)(java ?script|cookies).{0,80}\\b(enable|enabled|activate"
      + "|turn(ed)? on|requires?|disabled|aktivier|deaktiviert|ben\u00f6tigt|activer|activez|d\u00e9sactiv|habilit"
      + "|attiva|abilita)|\\b(enable|activate|aktivieren Sie|activez|habilite|attiva|abilita).{0,40}java ?script"
      + "|\\b(browser|navigateur|navegador)\\b.{0,40}\\b(out of date|outdated|veraltet|not supported|obsol|"
      + "nicht unterst\u00fctzt|no es compatible)");

  static boolean isNotice(Block b) {
    return b.units < 40 && NOTICE.matcher(b.text).find();
  }

  /**
   * A weakly hinted element that holds at least half of the page's running text, and 20 words of it, is the
   * story's container whatever its class says ({@code div.player} around a clip and its story,
   * {@code section.slideshow} of a story told in slides, {@code div.overflow-hidden}).
   */
  private static boolean holdsMostProse(int prose, int pageProse) {
    return prose >= 20 && prose * 2 >= pageProse;
  }

  /** A single {@code <p>} of running text: a weak class on it (a generated {@code tagStyle_x1}) is not a hint. */
  private static boolean isProseParagraph(Segmenter s, Segmenter.Region r) {
    return r.end - r.first == 1 && r.element.normalName().equals("p") && s.blocks.get(r.first).isProse();
  }

  /**
   * Rows of cards: three or more sibling elements of one tag and class, each a short headline or link with a
   * line of text under it (featured stories, "more from" rows, video playlists). Their text is a listing of
   * other pages, however well written.
   */
  private static void markCards(Segmenter s, int[] diff) {
    java.util.Map<String, List<Integer>> groups = new java.util.HashMap<>();
    for (int k = 0; k < s.regions.size(); k++) {
      Segmenter.Region r = s.regions.get(k);
      if (r.parent >= 0 && isCard(s, r)) {
        groups.computeIfAbsent(r.parent + "|" + r.element.normalName() + "." + r.element.className(),
            x -> new ArrayList<>()).add(k);
      }
    }
    for (List<Integer> g : groups.values()) {
      if (g.size() >= 3) {
        for (int k : g) {
          Segmenter.Region r = s.regions.get(k);
          diff[r.first]++;
          diff[r.end]--;
        }
      }
    }
  }

  private static boolean isCard(Segmenter s, Segmenter.Region r) {
    int blocks = r.end - r.first;
    if (blocks < 2 || blocks > 6) {
      return false;
    }
    int units = 0;
    int prose = 0;
    boolean head = false;
    for (int i = r.first; i < r.end; i++) {
      Block b = s.blocks.get(i);
      units += b.units;
      prose += b.isProse() ? 1 : 0;
      head |= b.kind == Block.Kind.HEADING || b.kind == Block.Kind.TITLE || b.isLinks();
    }
    return head && units <= 120 && prose <= 2;
  }

  private static boolean holdsTitle(Segmenter s, Segmenter.Region r) {
    int k = Collections.binarySearch(s.titles, r.first);
    int at = k >= 0 ? k : -k - 1;
    return at < s.titles.size() && s.titles.get(at) < r.end;
  }

  static double value(Block b, boolean boiler, Segmenter s) {
    if (b.kind == Block.Kind.TITLE) {
      return 0;
    }
    if (boiler || b.isLinks() || listOfLinks(b, s)) {
      return -b.units;
    }
    if (b.isProse()) {
      return b.units * (1 - b.linkDensity);
    }
    return -0.25 * b.units;
  }

  private static boolean listOfLinks(Block b, Segmenter s) {
    if (b.list < 0) {
      return false;
    }
    Segmenter.ListStats l = s.lists.get(b.list);
    return l.units > 0 && l.linkUnits / l.units > 0.5 && l.units < 20 * l.items;
  }

  private static double bonus(Segmenter.Region r) {
    String tag = r.element.normalName();
    if (r.element.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return 1.5;
    }
    if (r.hint == Hints.Hint.POSITIVE || tag.equals("article") || tag.equals("main")) {
      return 1.2;
    }
    return 1.0;
  }

  /**
   * From the best-scoring element down to the child that holds nearly all of its running text: a section
   * holding the story and a row of small featured items scores a little higher than the story's own
   * element, which is the better container. A single block is never a container.
   */
  private static int descend(List<Segmenter.Region> regions, int best, double[] positive) {
    boolean moved = true;
    while (moved) {
      moved = false;
      double mass = sum(positive, regions.get(best));
      for (int k = best + 1; k < regions.size() && regions.get(k).first < regions.get(best).end; k++) {
        Segmenter.Region child = regions.get(k);
        if (child.parent == best && child.end - child.first >= 2 && sum(positive, child) >= 0.8 * mass) {
          best = k;
          moved = true;
          break;
        }
      }
    }
    return best;
  }

  private static double sum(double[] prefix, Segmenter.Region r) {
    return prefix[r.end] - prefix[r.first];
  }

  private static void mark(boolean[] in, Segmenter.Region r) {
    for (int i = r.first; i < r.end; i++) {
      in[i] = true;
    }
  }

  private static boolean overlaps(Segmenter.Region a, Segmenter.Region b) {
    return a.first < b.end && b.first < a.end;
  }

  private static int units(List<Block> blocks, Segmenter.Region r) {
    int u = 0;
    for (int i = r.first; i < r.end; i++) {
      u += blocks.get(i).units;
    }
    return u;
  }

  private static boolean sameText(Block b, String key) {
    return key != null && b.units < 40 && key.equals(key(b.text));
  }

  /** Lower-cased letters and digits only, for comparing a block with the headline or the byline. */
  static String key(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder k = new StringBuilder(s.length());
    String t = s.toLowerCase(Locale.ROOT);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        k.append(c);
      }
    }
    return k.length() == 0 ? null : k.toString();
  }
}
