package org.lede.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lede.readability.Readability;

/**
 * Renders {@link ReportData} as one self-contained HTML page: inline CSS, inline SVG charts, no scripts and
 * no external resources. Every piece of text from the data goes through {@link Html#escape}.
 */
public final class ReportRenderer {
  private ReportRenderer() {}

  private static final String CSS = "body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;"
      + "margin:2rem auto;max-width:1100px;color:#1d2330;padding:0 1rem}h1{margin-bottom:.2rem}"
      + "h2{margin-top:2.2rem;border-bottom:1px solid #d8dde6;padding-bottom:.3rem}"
      + ".muted{color:#667085}.cards{display:flex;gap:1rem;flex-wrap:wrap}.card{background:#f4f6fa;"
      + "border-radius:8px;padding:.8rem 1.1rem;min-width:140px}.card b{display:block;font-size:1.6rem}"
      + "table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{text-align:left;padding:.35rem .5rem;"
      + "border-bottom:1px solid #e4e7ec;vertical-align:top}th{background:#f4f6fa}"
      + ".grid{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}svg text{font-size:11px;fill:#344054}"
      + "svg text.axis{font-size:12px;fill:#1d2330;font-weight:600}"
      + ".summary{white-space:pre-line;color:#344054}.wide{overflow-x:auto}.wide table{min-width:620px}"
      + "a{color:#3b4fc4}"
      + "@media (max-width:760px){body{margin:1rem auto}.grid{grid-template-columns:1fr}.card{min-width:6rem}"
      + ".summary{min-width:16rem}}";

  public static String render(ReportData d) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(Html.escape(d.title())).append("</title><style>").append(CSS)
        .append("</style></head><body>\n");
    h.append("<h1>").append(Html.escape(d.title())).append("</h1><p class=\"muted\">lede ")
        .append(Html.escape(d.version())).append("</p>\n");
    overview(h, d);
    h.append("<h2>Reading grade</h2>").append(unmeasured(d, true)).append("<div class=\"grid\"><div>")
        .append("<h3>Distribution</h3>")
        .append(histogram(d.grades(), 0, 20, 20, "reading grade (US school years)", v -> GRADE_COLOR))
        .append("</div><div><h3>By source</h3>").append(bars(d.sources(), true)).append("</div></div>\n");
    h.append("<h2>Sentiment</h2>").append(unmeasured(d, false)).append("<div class=\"grid\"><div>")
        .append("<h3>Distribution</h3>")
        .append(histogram(d.sentiments(), -1, 1, 20, "sentiment (compound, from -1 to +1)", ReportRenderer::signColor))
        .append("</div><div><h3>By source</h3>").append(bars(d.sources(), false)).append("</div></div>\n");
    if (d.runs().size() > 1) {
      h.append("<h2>Trends</h2><div class=\"grid\"><div><h3>Mean reading grade</h3>")
          .append(line(d.runs(), true)).append("</div><div><h3>Mean sentiment</h3>")
          .append(line(d.runs(), false)).append("</div></div>\n");
    }
    languages(h, d.languages());
    stories(h, d.widestStories());
    articles(h, "Most positive articles", d.mostPositive());
    articles(h, "Most negative articles", d.mostNegative());
    articles(h, "Hardest to read", d.hardest());
    articles(h, "Easiest to read", d.easiest());
    rejects(h, d);
    h.append("</body></html>\n");
    return h.toString();
  }

  private static void overview(StringBuilder h, ReportData d) {
    long articles = d.runs().stream().mapToLong(ReportData.RunRow::articles).sum();
    long paragraphs = d.runs().stream().mapToLong(ReportData.RunRow::paragraphs).sum();
    long rejects = d.runs().stream().mapToLong(ReportData.RunRow::rejects).sum();
    h.append("<h2>Overview</h2><div class=\"cards\">");
    card(h, d.runs().size() == 1 ? "run date" : "run dates", String.valueOf(d.runs().size()));
    card(h, "articles", String.format(Locale.ROOT, "%,d", articles));
    card(h, "paragraphs", String.format(Locale.ROOT, "%,d", paragraphs));
    card(h, "rejects", String.format(Locale.ROOT, "%,d", rejects));
    h.append("</div>\n<div class=\"wide\"><table><tr><th>run date</th><th>articles</th><th>stories</th><th>paragraphs</th>")
        .append("<th>rejects</th>")
        .append("<th>mean grade</th><th>mean sentiment</th><th>duration</th><th>version</th></tr>");
    for (ReportData.RunRow r : d.runs()) {
      h.append("<tr><td>").append(Html.escape(r.runDate())).append("</td><td>").append(r.articles())
          .append("</td><td>").append(r.stories() == null ? "" : r.stories().toString())
          .append("</td><td>").append(r.paragraphs()).append("</td><td>").append(r.rejects()).append("</td><td>")
          .append(num(r.meanGrade(), 1)).append("</td><td>").append(num(r.meanSentiment(), 2)).append("</td><td>")
          .append(r.durationMs() == null ? "" : String.format(Locale.ROOT, "%.1f s", r.durationMs() / 1000.0))
          .append("</td><td>").append(Html.escape(r.version())).append("</td></tr>");
    }
    h.append("</table></div>\n");
    if (!d.rejectsByReason().isEmpty()) {
      h.append("<p>Rejects by reason: ");
      boolean first = true;
      for (Map.Entry<String, Long> e : d.rejectsByReason().entrySet()) {
        h.append(first ? "" : ", ").append("<code>").append(Html.escape(e.getKey())).append("</code> ")
            .append(e.getValue());
        first = false;
      }
      h.append("</p>\n");
    }
  }

  private static void card(StringBuilder h, String label, String value) {
    h.append("<div class=\"card\"><b>").append(Html.escape(value)).append("</b>").append(Html.escape(label))
        .append("</div>");
  }

  private static final String GRADE_COLOR = "#4f6bed";

  /** Sentiment's colour by sign: red below -0.05, green above +0.05, grey between (VADER's neutral band). */
  static String signColor(double v) {
    return v <= -0.05 ? "#d92d20" : v >= 0.05 ? "#12a37f" : "#98a2b3";
  }

  /**
   * A histogram of {@code values} over [lo, hi] in {@code bins} bins: the x axis titled {@code axis}, the y
   * axis "articles" with its scale, each bin's count above it, and each bin coloured by its middle value.
   */
  static String histogram(List<Double> values, double lo, double hi, int bins, String axis,
      java.util.function.DoubleFunction<String> color) {
    int[] counts = new int[bins];
    for (Double v : values) {
      if (v == null || !Double.isFinite(v)) {
        continue;
      }
      int b = (int) Math.floor((v - lo) / (hi - lo) * bins);
      counts[Math.max(0, Math.min(bins - 1, b))]++;
    }
    int max = 1;
    for (int c : counts) {
      max = Math.max(max, c);
    }
    int w = 480;
    int hgt = 200;
    int left = 44;
    double bw = (w - left - 10) / (double) bins;
    StringBuilder s = new StringBuilder("<svg viewBox=\"0 0 " + w + " " + (hgt + 44) + "\" width=\"100%\" role=\"img\""
        + " aria-label=\"" + Html.escape(axis) + ": articles per bin\">");
    for (int i = 0; i < bins; i++) {
      double from = lo + i * (hi - lo) / bins;
      double to = lo + (i + 1) * (hi - lo) / bins;
      double bh = (hgt - 24) * counts[i] / (double) max;
      double x = left + i * bw;
      s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
          + "<title>%s %s to %s: %d articles</title></rect>", x, hgt - bh, bw - 2, bh, color.apply((from + to) / 2),
          Html.escape(axis), trim(from), trim(to), counts[i]));
      if (counts[i] > 0) {
        s.append(String.format(Locale.ROOT, "<text class=\"count\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\""
            + " font-size=\"9\">%d</text>", x + (bw - 2) / 2, hgt - bh - 3, counts[i]));
      }
    }
    s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#98a2b3\"/>",
        left, hgt, w - 10, hgt));
    s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"24\" x2=\"%d\" y2=\"%d\" stroke=\"#98a2b3\"/>",
        left, left, hgt));
    for (int i = 0; i <= 4; i++) {
      double x = left + i * (w - left - 10) / 4.0;
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", x, hgt + 16,
          trim(lo + i * (hi - lo) / 4)));
    }
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"28\" text-anchor=\"end\">%d</text>", left - 4, max));
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>", left - 4, hgt));
    s.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>",
        left + (w - left - 10) / 2, hgt + 36, Html.escape(axis)));
    s.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"12\" y=\"%d\" text-anchor=\"middle\""
        + " transform=\"rotate(-90 12 %d)\">articles</text>", (hgt + 24) / 2, (hgt + 24) / 2));
    return s.append("</svg>").toString();
  }

  /** A line under a figure's heading: the stories that the figure leaves out, by language. */
  private static String unmeasured(ReportData d, boolean grade) {
    long missing = 0;
    StringBuilder which = new StringBuilder();
    for (ReportData.LanguageRow l : d.languages()) {
      long m = l.stories() - (grade ? l.graded() : l.scored());
      if (m > 0) {
        missing += m;
        which.append(which.length() == 0 ? "" : ", ").append(Html.escape(l.language())).append(' ').append(m);
      }
    }
    if (missing == 0) {
      return "";
    }
    return "<p class=\"muted\">" + missing + (missing == 1 ? " story has" : " stories have") + " no "
        + (grade ? "reading grade" : "sentiment") + " and " + (missing == 1 ? "is" : "are")
        + " not in these figures (by language: " + which + "; see Languages below).</p>";
  }

  static String bars(List<ReportData.SourceRow> sources, boolean grade) {
    if (sources.isEmpty()) {
      return "<p class=\"muted\">No sources in the data.</p>";
    }
    int rowH = 22;
    int w = 480;
    double max = 0;
    double min = 0;
    for (ReportData.SourceRow r : sources) {
      Double v = grade ? r.meanGrade() : r.meanSentiment();
      if (v != null) {
        max = Math.max(max, v);
        min = Math.min(min, v);
      }
    }
    double span = Math.max(1e-9, max - min);
    double zero = 170 + (w - 230) * (0 - min) / span;
    StringBuilder s = new StringBuilder("<svg viewBox=\"0 0 " + w + " " + (sources.size() * rowH + 30)
        + "\" width=\"100%\" role=\"img\">");
    int y = 4;
    for (ReportData.SourceRow r : sources) {
      Double v = grade ? r.meanGrade() : r.meanSentiment();
      String name = r.source().length() > 20 ? r.source().substring(0, 19) + "\u2026" : r.source();
      String label = name + " (" + r.articles() + ")";
      s.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\">%s</text>", y + 14, Html.escape(label)));
      if (v != null) {
        double x = 170 + (w - 230) * (v - min) / span;
        double left = Math.min(x, zero);
        s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\">"
            + "<title>%s: %s (%d articles)</title></rect>", left, y + 3, Math.max(1, Math.abs(x - zero)), rowH - 6,
            grade ? GRADE_COLOR : signColor(v), Html.escape(r.source()), num(v, 2), r.articles()));
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>", Math.max(x, zero) + 4, y + 14,
            num(v, grade ? 1 : 2)));
      }
      y += rowH;
    }
    s.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>",
        170 + (w - 230) / 2, y + 16, grade ? "mean reading grade (articles in brackets)"
            : "mean sentiment (articles in brackets)"));
    return s.append("</svg>").toString();
  }

  static String line(List<ReportData.RunRow> runs, boolean grade) {
    int w = 480;
    int hgt = 180;
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (ReportData.RunRow r : runs) {
      Double v = grade ? r.meanGrade() : r.meanSentiment();
      if (v != null) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    if (min > max) {
      return "<p class=\"muted\">No values.</p>";
    }
    double span = Math.max(1e-9, max - min);
    StringBuilder pts = new StringBuilder();
    StringBuilder s = new StringBuilder("<svg viewBox=\"0 0 " + w + " " + (hgt + 30) + "\" width=\"100%\" role=\"img\">");
    for (int i = 0; i < runs.size(); i++) {
      Double v = grade ? runs.get(i).meanGrade() : runs.get(i).meanSentiment();
      if (v == null) {
        continue;
      }
      double x = 40 + (w - 60) * (runs.size() == 1 ? 0.5 : i / (double) (runs.size() - 1));
      double y = 10 + (hgt - 20) * (1 - (v - min) / span);
      pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
      s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#4f6bed\"><title>%s: %s</title>"
          + "</circle>", x, y, Html.escape(runs.get(i).runDate()), num(v, 2)));
    }
    s.append("<polyline fill=\"none\" stroke=\"#4f6bed\" stroke-width=\"2\" points=\"").append(pts).append("\"/>");
    s.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"14\">%s</text><text x=\"0\" y=\"%d\">%s</text>",
        num(max, 2), hgt, num(min, 2)));
    s.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s by run"
        + " date</text>", w / 2, hgt + 22, grade ? "mean reading grade" : "mean sentiment"));
    s.append(String.format(Locale.ROOT, "<text x=\"40\" y=\"%d\">%s</text><text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
        hgt + 22, Html.escape(runs.get(0).runDate()), w - 20, hgt + 22, Html.escape(runs.get(runs.size() - 1).runDate())));
    return s.append("</svg>").toString();
  }

  private static void stories(StringBuilder h, List<ReportData.StoryRow> rows) {
    h.append("<h2>Stories carried by the most sources</h2>");
    if (rows.isEmpty()) {
      h.append("<p class=\"muted\">No story was carried by more than one article.</p>\n");
      return;
    }
    h.append("<div class=\"wide\"><table><tr><th>story</th><th>sources</th><th>articles</th><th>spread over</th><th>summary</th></tr>");
    for (ReportData.StoryRow r : rows) {
      h.append("<tr><td><b>").append(Html.escape(r.title() == null ? "(no headline)" : r.title())).append("</b><br>")
          .append("<span class=\"muted\">first: ").append(Html.escape(r.firstSource() == null ? "(unknown)"
              : r.firstSource())).append(' ').append(Html.escape(r.firstSeenAt())).append("</span></td><td>")
          .append(r.sources()).append("</td><td>").append(r.articles()).append("</td><td>")
          .append(r.spreadHours() == null ? "" : String.format(Locale.ROOT, "%.1f h", r.spreadHours()))
          .append("</td><td class=\"summary\">").append(Html.escape(r.summary())).append("</td></tr>");
    }
    h.append("</table></div>\n");
  }

  private static void articles(StringBuilder h, String title, List<ReportData.ArticleRow> rows) {
    h.append("<h2>").append(Html.escape(title)).append("</h2>");
    if (rows.isEmpty()) {
      h.append("<p class=\"muted\">None.</p>\n");
      return;
    }
    h.append("<div class=\"wide\"><table><tr><th>article</th><th>reading grade</th><th>sentiment</th>"
        + "<th>summary</th></tr>");
    for (ReportData.ArticleRow r : rows) {
      h.append("<tr><td>").append(headline(r)).append("</td><td>").append(num(r.grade(), 1)).append("<br><span "
          + "class=\"muted\">").append(Html.escape(Readability.levelInWords(r.level()))).append("</span></td><td>")
          .append(num(r.sentiment(), 2)).append("</td><td class=\"summary\">").append(Html.escape(r.summary()))
          .append("</td></tr>");
    }
    h.append("</table></div>\n");
  }

  /**
   * An article's headline and a short line under it: its outlet (or, when none is known, its file's name),
   * linked to its address when it has a web one, then its run date and language.
   */
  static String headline(ReportData.ArticleRow r) {
    StringBuilder b = new StringBuilder("<b>").append(Html.escape(r.title() == null ? "(no headline)" : r.title()))
        .append("</b><br><span class=\"muted\">");
    String who = r.source() != null ? r.source() : fileName(r.file());
    if (r.url() != null && (r.url().startsWith("https://") || r.url().startsWith("http://"))) {
      b.append("<a href=\"").append(Html.escape(r.url())).append("\" rel=\"noopener noreferrer\">")
          .append(Html.escape(who)).append("</a>");
    } else {
      b.append(Html.escape(who));
    }
    b.append(" \u00b7 ").append(Html.escape(r.runDate()));
    if (r.language() != null) {
      b.append(" \u00b7 ").append(Html.escape(r.language()));
    }
    return b.append("</span>").toString();
  }

  /** The last segment of a file's path ("file:/data/feeds/wire.jsonl" is "wire.jsonl"). */
  static String fileName(String path) {
    if (path == null) {
      return "";
    }
    int slash = path.lastIndexOf('/');
    return slash >= 0 && slash < path.length() - 1 ? path.substring(slash + 1) : path;
  }

  /** Every language's stories, how many lede measured, and a few of each language's articles. */
  private static void languages(StringBuilder h, List<ReportData.LanguageRow> rows) {
    h.append("<h2>Languages</h2>");
    if (rows.isEmpty()) {
      h.append("<p class=\"muted\">No articles.</p>\n");
      return;
    }
    h.append("<p class=\"muted\">LIX, which counts words per sentence and words of more than six letters, is "
        + "the one reading measure every language has here: about 20 is very easy, 40 newspaper prose, 60 and "
        + "above very hard. Reading ease is Flesch's, as refitted for each language by its own researchers "
        + "(named under it): 0 to 100, higher easier, comparable within a language rather than across.</p>");
    h.append("<div class=\"wide\"><table><tr><th>language</th><th>stories</th><th>with a reading grade</th>"
        + "<th>with a sentiment</th><th>mean LIX</th><th>mean reading ease</th><th>articles</th></tr>");
    for (ReportData.LanguageRow l : rows) {
      h.append("<tr><td>").append(Html.escape(l.language())).append("</td><td>").append(l.stories())
          .append("</td><td>").append(l.graded()).append("</td><td>").append(l.scored()).append("</td><td>")
          .append(num(l.meanLix(), 1)).append("</td><td>").append(num(l.meanEase(), 1));
      if (l.easeFormula() != null) {
        h.append("<div class=\"muted\">").append(Html.escape(l.easeFormula().replace('_', '-'))).append("</div>");
      }
      h.append("</td><td>");
      for (ReportData.ArticleRow a : l.examples()) {
        h.append("<div>").append(headline(a)).append("</div>");
      }
      h.append("</td></tr>");
    }
    h.append("</table></div>\n");
  }

  private static void rejects(StringBuilder h, ReportData d) {
    h.append("<h2>Rejects</h2>");
    if (d.rejects().isEmpty()) {
      h.append("<p class=\"muted\">No rejected records.</p>\n");
      return;
    }
    h.append("<div class=\"wide\"><table><tr><th>run date</th><th>file</th><th>where</th><th>reason</th></tr>");
    for (ReportData.RejectRow r : d.rejects()) {
      h.append("<tr><td>").append(Html.escape(r.runDate())).append("</td><td>").append(Html.escape(r.path()))
          .append("</td><td>").append(Html.escape(r.locator())).append("</td><td><code>").append(Html.escape(r.code()))
          .append("</code> ").append(Html.escape(r.reason())).append("</td></tr>");
    }
    h.append("</table></div>\n");
  }

  static String num(Double d, int digits) {
    return d == null ? "n/a" : String.format(Locale.ROOT, "%." + digits + "f", d);
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
  }
}
