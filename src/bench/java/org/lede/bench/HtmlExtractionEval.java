package org.lede.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.lede.ingest.Decoded;
import org.lede.ingest.RawArticle;
import org.lede.ingest.ReadResult;
import org.lede.ingest.Reject;
import org.lede.ingest.html.HtmlReader;

/**
 * Runs the HTML reader on every page of a folder ({@code NAME.html} or {@code NAME.html.gz}) and writes one
 * JSON line per page, {@code {"id": NAME, "text": paragraphs joined by newlines}} plus the metadata and, for
 * a reject, its reason: the prediction format of article-extraction scorers (README, "Input / HTML").
 * Usage: HtmlExtractionEval PAGES_DIR OUT.jsonl
 */
public final class HtmlExtractionEval {
  private HtmlExtractionEval() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    ObjectMapper json = new ObjectMapper();
    List<Path> pages;
    try (Stream<Path> s = Files.list(dir)) {
      pages = s.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".html.gz")).sorted()
          .collect(Collectors.toList());
    }
    int rejects = 0;
    try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      for (Path p : pages) {
        String name = p.getFileName().toString();
        byte[] bytes = Files.readAllBytes(p);
        if (name.endsWith(".gz")) {
          try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            bytes = in.readAllBytes();
          }
        }
        Decoded d = Decoded.of(bytes);
        ReadResult r = HtmlReader.read(p.toString(), "file", 0, d.text(), null, d.flags());
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", name.replaceAll("\\.html(\\.gz)?$", ""));
        if (r instanceof RawArticle a) {
          line.put("text", String.join("\n", a.paragraphs()));
          line.put("title", a.title());
          line.put("byline", a.byline());
          line.put("published_at", a.publishedAt());
          line.put("url", a.url());
          line.put("source", a.source());
          line.put("flags", a.flags());
        } else {
          Reject j = (Reject) r;
          line.put("text", "");
          line.put("reject", j.reasonCode() + ": " + j.reason());
          rejects++;
        }
        w.write(json.writeValueAsString(line));
        w.write('\n');
      }
    }
    System.out.println(pages.size() + " pages, " + rejects + " rejected -> " + args[1]);
  }
}
