package org.lede.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The report as a browser lays it out, at a desktop's width and a phone's: headless Chromium renders the page
 * with a script of the test's own added at its end, which measures the layout (no pixels are compared). The
 * page never scrolls sideways (wide tables scroll in their own box), every chart fits the screen, the charts
 * of a section stand side by side on a desktop and one under the other on a phone, and every section is
 * there in order. A screenshot of each width is left in target/ for a person to look at. Skipped where no
 * Chromium is installed (.ci/run installs Debian's when it can).
 */
class ReportLayoutTest {
  static final String MEASURE = "<script>(function(){var vw=window.innerWidth;function box(e){var b="
      + "e.getBoundingClientRect();return [Math.round(b.left),Math.round(b.top),Math.round(b.right),"
      + "Math.round(b.bottom)];}var r={vw:vw,scroll:document.documentElement.scrollWidth,"
      + "sections:[].map.call(document.querySelectorAll('h2'),function(h){return h.textContent;}),"
      + "svgs:[].map.call(document.querySelectorAll('svg'),box),"
      + "grids:[].map.call(document.querySelectorAll('.grid'),function(g){return [].map.call(g.children,box);}),"
      + "wides:[].map.call(document.querySelectorAll('.wide'),box)};parent.postMessage(JSON.stringify(r),'*');})();"
      + "</script>";

  /**
   * The page at a given width: in a frame of that width (Chromium's headless window is never narrower than
   * 500 pixels), which passes the measures up to the page that Chromium's DOM dump shows.
   */
  static String frame(int width) {
    return "<!DOCTYPE html><html><body style=\"margin:0\"><iframe src=\"report.html\" style=\"border:0;width:"
        + width + "px;height:2400px\"></iframe><script>window.addEventListener('message',function(e){var p="
        + "document.createElement('pre');p.id='layout';p.textContent=e.data;document.body.appendChild(p);});"
        + "</script></body></html>";
  }

  @TempDir
  Path dir;

  static String chromium() {
    for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
      if (new File(c).canExecute()) {
        return c;
      }
    }
    return null;
  }

  @ParameterizedTest
  @ValueSource(ints = {1280, 390})
  void fitsTheScreenAtDesktopAndPhoneWidths(int width) throws Exception {
    String browser = chromium();
    assumeTrue(browser != null, "no Chromium installed");
    String html = ReportRenderer.render(ReportRendererTest.data());
    Path page = dir.resolve("report.html");
    Files.writeString(page, html.replace("</body>", MEASURE + "</body>"), StandardCharsets.UTF_8);
    Path framed = Files.writeString(dir.resolve("framed.html"), frame(width), StandardCharsets.UTF_8);
    String window = "--window-size=" + Math.max(width, 500) + ",2400";
    String dom = run(browser, window, "--allow-file-access-from-files", "--dump-dom", framed.toUri().toString());
    String json = dom.substring(dom.indexOf("<pre id=\"layout\">") + "<pre id=\"layout\">".length());
    JsonNode r = new ObjectMapper().readTree(org.jsoup.parser.Parser.unescapeEntities(
        json.substring(0, json.indexOf("</pre>")), false));

    int vw = r.get("vw").asInt();
    assertThat(vw).isEqualTo(width);
    assertThat(r.get("scroll").asInt()).as("the page does not scroll sideways").isLessThanOrEqualTo(vw);
    List<String> sections = new ArrayList<>();
    r.get("sections").forEach(s -> sections.add(s.asText()));
    assertThat(sections).containsExactly("Overview", "Reading grade", "Sentiment", "Trends", "Languages",
        "Stories carried by the most sources", "Most positive articles", "Most negative articles",
        "Hardest to read", "Easiest to read", "Rejects");
    assertThat(r.get("svgs")).hasSizeGreaterThanOrEqualTo(6);
    for (JsonNode svg : r.get("svgs")) {
      assertThat(svg.get(2).asInt() - svg.get(0).asInt()).as("chart width").isBetween(Math.min(300, vw - 40), vw);
      assertThat(svg.get(2).asInt()).as("chart's right edge").isLessThanOrEqualTo(vw);
    }
    for (JsonNode wide : r.get("wides")) {
      assertThat(wide.get(2).asInt()).as("a table's box").isLessThanOrEqualTo(vw);
    }
    for (JsonNode grid : r.get("grids")) {
      JsonNode first = grid.get(0);
      JsonNode second = grid.get(1);
      if (width >= 1000) {
        assertThat(second.get(1).asInt()).as("side by side").isEqualTo(first.get(1).asInt());
        assertThat(second.get(0).asInt()).isGreaterThanOrEqualTo(first.get(2).asInt());
      } else {
        assertThat(second.get(1).asInt()).as("one under the other").isGreaterThanOrEqualTo(first.get(3).asInt());
      }
    }
    Path shot = Path.of("target", "report-" + width + ".png").toAbsolutePath();
    Files.createDirectories(shot.getParent());
    Files.writeString(page, html, StandardCharsets.UTF_8);
    run(browser, window, "--hide-scrollbars", "--screenshot=" + shot, framed.toUri().toString());
    assertThat(shot).isNotEmptyFile();
  }

  private String run(String browser, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(browser, "--headless=new", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--user-data-dir=" + dir.resolve("profile"), "--virtual-time-budget=3000"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("chromium.log").toFile()).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
    return new String(out, StandardCharsets.UTF_8);
  }
}
