package org.lede.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.config.LedeConfig;
import org.lede.ingest.WarcFixtures;
import org.lede.spark.output.RunSummary;

/**
 * Files as people have them, end to end in one run: a Common Crawl style WARC, news-please and NewsAPI JSON,
 * a JSON array, Parquet datasets written by Spark, and file names with colons, spaces, '%', '#', brackets and
 * non-ASCII letters. Every fixture is generated here.
 */
class InputFormatsSuite extends SparkSuite {
  @TempDir static Path tmp;
  static Path in;
  static Path out;
  static RunSummary summary;
  static JsonNode json;
  static final Map<String, JsonNode> perFile = new HashMap<>();
  static final String P1 = "The regional council approved a new ferry route on Thursday, linking the two largest"
      + " towns on the coast for the first time in a decade.";
  static final String P2 = "Services will start in June with four crossings a day, rising to six in summer.";

  @BeforeAll
  static void generateAndRun() throws IOException {
    in = Files.createDirectories(tmp.resolve("inputs"));
    byte[] png = new byte[200];
    Files.write(in.resolve("crawl.warc.gz"), new WarcFixtures(true).warcinfo()
        .request("https://coast.example/ferry")
        .html("https://coast.example/ferry", "2024-06-01T08:30:00Z", WarcFixtures.page("New ferry route approved", P1, P2))
        .metadata("https://coast.example/ferry")
        .response("https://coast.example/map.png", "2024-06-01T08:30:01Z", 200, "Content-Type: image/png", png)
        .response("https://coast.example/moved", "2024-06-01T08:30:02Z", 302, "Location: /ferry", new byte[0])
        .response("https://coast.example/gone", "2024-06-01T08:30:03Z", 404, "Content-Type: text/html", new byte[0])
        .html("https://coast.example/index", "2024-06-01T08:30:04Z", "<html><body><div class='stream'>"
            + "<div class='item'><h2><a href='/1'>Ferry route approved</a></h2><p>Four crossings a day.</p></div>"
            + "<div class='item'><h2><a href='/2'>Bridge repairs</a></h2><p>Finished early.</p></div>"
            + "<div class='item'><h2><a href='/3'>Harbour dredging</a></h2><p>Starts in September.</p></div>"
            + "</div></body></html>")
        .revisit("https://coast.example/ferry").bytes());
    Files.writeString(in.resolve("news-please.json"), "{\n  \"authors\": [\"Dana Reyes\"],\n"
        + "  \"date_publish\": \"2024-06-02 07:00:00\",\n  \"language\": \"en\",\n  \"maintext\": \"" + P1 + "\\n\\n" + P2
        + "\",\n  \"source_domain\": \"coast-herald.example\",\n  \"title\": \"Ferry route approved\",\n"
        + "  \"url\": \"https://coast-herald.example/ferry\"\n}\n");
    Files.writeString(in.resolve("newsapi.json"), "{\"status\": \"ok\", \"totalResults\": 2, \"articles\": ["
        + "{\"source\": {\"id\": null, \"name\": \"Coast Wire\"}, \"author\": \"Kim Lee\", \"title\": \"Ferry plan\","
        + " \"url\": \"https://coastwire.example/f\", \"publishedAt\": \"2024-06-02T09:00:00Z\","
        + " \"content\": \"" + P1 + " [+1200 chars]\"},"
        + "{\"source\": {\"id\": null, \"name\": \"Coast Wire\"}, \"author\": null, \"title\": \"No content\"}]}");
    Files.writeString(in.resolve("array.json"), "[{\"id\": \"x1\", \"text\": \"" + P2 + "\", \"domain\": \"a.example\"},"
        + " {\"id\": \"x2\", \"text\": \"" + P1 + "\", \"domain\": \"b.example\", \"language\": \"es\"}]");
    spark.sql("SELECT 'p1' AS id, 'Parquet ferry story' AS title, '" + P1 + "' AS text,"
        + " named_struct('name', 'Coast Parquet', 'id', 'cp') AS source, array('Ann Smith', 'Bo Li') AS authors,"
        + " timestamp'2024-06-03 10:00:00' AS date, 'https://cp.example/1' AS url"
        + " UNION ALL SELECT 'p2', 'No text here', NULL, named_struct('name', 'Coast Parquet', 'id', 'cp'),"
        + " array('Ann Smith'), timestamp'2024-06-03 11:00:00', 'https://cp.example/2'")
        .coalesce(1).write().parquet(tmp.resolve("pq-out").toString());
    Path pq = Files.list(tmp.resolve("pq-out")).filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
    Files.copy(pq, in.resolve("dataset.parquet"));
    spark.sql("SELECT 'z' AS id, 'headline only' AS title").coalesce(1).write().parquet(tmp.resolve("pq-notext").toString());
    Files.copy(Files.list(tmp.resolve("pq-notext")).filter(p -> p.toString().endsWith(".parquet")).findFirst()
        .orElseThrow(), in.resolve("no-text.parquet"));
    Files.write(in.resolve("corrupt.parquet"), "PAR1 this is not really parquet".getBytes(StandardCharsets.US_ASCII));
    Path odd = Files.createDirectories(in.resolve("odd names"));
    for (String name : List.of("2024-01-01T10:00:00.txt", "my story #1 [draft] 100% (final).txt",
        "caf\u00e9 \u65b0\u805e.txt")) {
      Files.writeString(odd.resolve(name), "Ferry route approved\n\n" + P1 + "\n");
    }
    out = tmp.resolve("out");
    summary = LedeJob.run(spark, new RunSpec(List.of(in.toString()), out.toString(), LocalDate.parse("2024-06-05"),
        LedeConfig.load(null, List.of("run.max-reject-ratio=1"))));
    json = new ObjectMapper().readTree(out.resolve("_runs/run_date=2024-06-05/summary.json").toFile());
    for (JsonNode f : json.get("per_file")) {
      String path = f.get("path").asText();
      perFile.put(path.substring(path.lastIndexOf('/') + 1), f);
    }
  }


  static Row article(String where) {
    List<Row> rows = spark.read().parquet(out.resolve("articles").toString()).where(where).collectAsList();
    assertThat(rows).as(where).hasSize(1);
    return rows.get(0);
  }

  static List<String> rejectCodes(String file) {
    return spark.read().parquet(out.resolve("rejects").toString()).where("source_path LIKE '%/" + file + "'")
        .orderBy("record_locator").collectAsList().stream().map(r -> r.<String>getAs("reason_code")).toList();
  }

  static void reconciles(String file, long articles, long rejects) {
    JsonNode f = perFile.get(file);
    assertThat(f).as(file).isNotNull();
    assertThat(f.get("articles").asLong()).as(file).isEqualTo(articles);
    assertThat(f.get("rejects").asLong()).as(file).isEqualTo(rejects);
    assertThat(f.get("records_read").asLong()).as(file).isEqualTo(articles + rejects);
  }

  @Test
  void aWarcGivesItsHtmlPagesAsArticlesWithCaptureTimeAndCountsTheOtherRecordsByKind() {
    reconciles("crawl.warc.gz", 1, 1);
    Row a = article("source_path LIKE '%/crawl.warc.gz'");
    assertThat(a.<String>getAs("title")).isEqualTo("New ferry route approved");
    assertThat(a.<String>getAs("url")).isEqualTo("https://coast.example/ferry");
    assertThat(a.<java.sql.Timestamp>getAs("captured_at").toInstant().toString()).isEqualTo("2024-06-01T08:30:00Z");
    assertThat(a.<String>getAs("record_locator")).matches("record 3 \\(offset \\d+\\)");
    assertThat(a.<Integer>getAs("paragraph_count")).isEqualTo(2);
    assertThat(rejectCodes("crawl.warc.gz")).containsExactly("not_an_article");
    JsonNode skipped = perFile.get("crawl.warc.gz").get("skipped_records_by_kind");
    assertThat(skipped.get("warcinfo").asLong()).isEqualTo(1);
    assertThat(skipped.get("request").asLong()).isEqualTo(1);
    assertThat(skipped.get("metadata").asLong()).isEqualTo(1);
    assertThat(skipped.get("revisit").asLong()).isEqualTo(1);
    assertThat(skipped.get("not_html").asLong()).isEqualTo(1);
    assertThat(skipped.get("http_3xx").asLong()).isEqualTo(1);
    assertThat(skipped.get("http_4xx").asLong()).isEqualTo(1);
    assertThat(json.get("skipped_records").asLong()).isEqualTo(7);
  }

  @Test
  void jsonDocumentsOfNewsPleaseNewsApiAndArrays() {
    reconciles("news-please.json", 1, 0);
    Row np = article("source_path LIKE '%/news-please.json'");
    assertThat(np.<String>getAs("byline")).isEqualTo("Dana Reyes");
    assertThat(np.<String>getAs("source")).isEqualTo("coast-herald.example");
    assertThat(np.<java.sql.Timestamp>getAs("published_at").toInstant().toString()).isEqualTo("2024-06-02T07:00:00Z");
    assertThat(np.<Integer>getAs("paragraph_count")).isEqualTo(2);
    reconciles("newsapi.json", 1, 1);
    Row na = article("source_path LIKE '%/newsapi.json'");
    assertThat(na.<String>getAs("source")).isEqualTo("Coast Wire");
    assertThat(na.getList(na.fieldIndex("flags"))).contains("truncated_text");
    assertThat(na.<String>getAs("record_locator")).isEqualTo("record 1 (line 1)");
    assertThat(rejectCodes("newsapi.json")).containsExactly("missing_text");
    reconciles("array.json", 2, 0);
    assertThat(article("article_id = 'x2'").<String>getAs("language")).isEqualTo("es");
    assertThat(article("article_id = 'x2'").<Object>getAs("reading_grade")).isNull();
    assertThat(article("article_id = 'x1'").<String>getAs("source")).isEqualTo("a.example");
  }

  @Test
  void parquetRowsAreMappedByTheSameRulesAndBadFilesAreOneRejectEach() {
    reconciles("dataset.parquet", 1, 1);
    Row p = article("article_id = 'p1'");
    assertThat(p.<String>getAs("source")).isEqualTo("Coast Parquet");
    assertThat(p.<String>getAs("byline")).isEqualTo("Ann Smith, Bo Li");
    assertThat(p.<java.sql.Timestamp>getAs("published_at").toInstant().toString()).isEqualTo("2024-06-03T10:00:00Z");
    assertThat(p.<String>getAs("record_locator")).isEqualTo("row 0");
    assertThat(rejectCodes("dataset.parquet")).containsExactly("missing_text");
    reconciles("no-text.parquet", 0, 1);
    assertThat(rejectCodes("no-text.parquet")).containsExactly("missing_text_column");
    reconciles("corrupt.parquet", 0, 1);
    assertThat(rejectCodes("corrupt.parquet")).containsExactly("corrupt_parquet");
  }

  @Test
  void fileNamesWithColonsSpacesPercentHashBracketsAndNonAsciiAreReadAndReportedAsTheyAre() {
    for (String name : List.of("2024-01-01T10:00:00.txt", "my story #1 [draft] 100% (final).txt",
        "caf\u00e9 \u65b0\u805e.txt")) {
      reconciles(name, 1, 0);
      Row a = article("source_path = '" + in.resolve("odd names").resolve(name).toUri().getPath()
          .replace("'", "\\'").replaceFirst("^", "file:") + "'");
      assertThat(a.<String>getAs("title")).isEqualTo("Ferry route approved");
    }
  }

  @Test
  void everyRecordIsReconciled() {
    long records = 0;
    for (JsonNode f : perFile.values()) {
      records += f.get("records_read").asLong();
    }
    assertThat(records).isEqualTo(summary.recordsRead());
    assertThat(summary.recordsRead()).isEqualTo(summary.articles() + summary.rejects());
    assertThat(spark.read().parquet(out.resolve("articles").toString()).count()).isEqualTo(summary.articles());
  }

  @Test
  void aJsonLinesFileReadInPartsGivesTheSameRowsAsReadWhole() throws IOException {
    Path file = tmp.resolve("parts/big.jsonl");
    Files.createDirectories(file.getParent());
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      if (i % 37 == 5) {
        b.append("\n   \n"); // blank lines are not records
      }
      String id = i == 390 ? "r-12" : "r-" + i; // the last but few repeats an id from the file's first part
      b.append(i % 53 == 7 ? "{\"id\": broken json\n" : "{\"id\": \"" + id + "\", \"title\": \"Story " + i
          + "\", \"text\": \"" + P1 + " Item " + i + ".\"}" + (i % 11 == 3 ? "\r\n" : "\n"));
    }
    Files.writeString(file, b.toString());
    Path whole = tmp.resolve("parts-whole");
    Path parts = tmp.resolve("parts-split");
    RunSummary w = run(List.of(file.getParent().toString()), whole, "2026-05-01",
        LedeConfig.load(null, List.of("stories.enabled=false")));
    RunSummary p = run(List.of(file.getParent().toString()), parts, "2026-05-01",
        LedeConfig.load(null, List.of("stories.enabled=false", "input.split-size=4k")));
    assertThat(Files.size(file)).isGreaterThan(10 * 4096);
    assertThat(p.recordsRead()).isEqualTo(w.recordsRead()).isEqualTo(400);
    assertThat(p.rejectsByReason()).isEqualTo(w.rejectsByReason()).containsEntry("duplicate_id", 1L);
    String[] drop = {"run_id", "processed_at"};
    assertThat(table(parts, "articles", "2026-05-01").drop(drop).orderBy("article_id").collectAsList())
        .isEqualTo(table(whole, "articles", "2026-05-01").drop(drop).orderBy("article_id").collectAsList());
    // a repeated id found across parts has no excerpt of its line: the job finds it after reading
    assertThat(table(parts, "rejects", "2026-05-01").drop(drop).drop("raw_excerpt").orderBy("record_locator")
        .collectAsList()).isEqualTo(table(whole, "rejects", "2026-05-01").drop(drop).drop("raw_excerpt")
        .orderBy("record_locator").collectAsList());
    assertThat(table(parts, "rejects", "2026-05-01").where("reason_code = 'duplicate_id'").first()
        .<String>getAs("reason")).contains("'r-12'", "line ");
  }
}
