package org.lede.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.config.LedeConfig;
import org.lede.spark.output.RunSummary;

/**
 * The hostile-input suite: files generated here, each case with its expected outcome, all read in one run;
 * then the largest cases again in a separate JVM with a 1 GB heap.
 */
class HostileInputSuite extends SparkSuite {
  @TempDir static Path tmp;
  static Path in;
  static Path big;
  static Path out;
  static RunSummary summary;
  static final Map<String, JsonNode> perFile = new HashMap<>();
  static final String PROSE = "The council met on Tuesday and approved the budget for the coming year. ";

  @BeforeAll
  static void generateAndRun() throws IOException {
    in = Files.createDirectories(tmp.resolve("hostile"));
    big = Files.createDirectories(in.resolve("big"));
    write("empty.txt", new byte[0]);
    write("empty.jsonl.gz", new byte[0]);
    byte[] binary = new byte[4096];
    new Random(7).nextBytes(binary);
    binary[10] = 0;
    write("binary.txt", binary);
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      lines.append("{\"id\": \"t").append(i).append("\", \"text\": \"").append(PROSE).append(i).append(".\"}\n");
    }
    byte[] gz = gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
    write("truncated.jsonl.gz", Arrays.copyOf(gz, gz.length / 2));
    write("corrupt.txt.gz", "this is not gzip at all".getBytes(StandardCharsets.UTF_8));
    byte[] bad = ("Headline\n\nCaf\u00e9 owners said the " + "new rules were fair.").getBytes(StandardCharsets.UTF_8);
    bad[20] = (byte) 0xFF;
    write("invalid-utf8.txt", bad);
    byte[] body = "Headline\r\n\r\nA paragraph in UTF-16 text.".getBytes(StandardCharsets.UTF_16LE);
    byte[] utf16 = new byte[body.length + 2];
    utf16[0] = (byte) 0xFF;
    utf16[1] = (byte) 0xFE;
    System.arraycopy(body, 0, utf16, 2, body.length);
    write("utf16.txt", utf16);
    write("latin1.txt", "Caf\u00e9 News\n\nThe caf\u00e9 on the corner re-opened on Monday.".getBytes(StandardCharsets.ISO_8859_1));
    text("windows-endings.txt", "Headline\r\n\r\nFirst paragraph here.\r\n\r\nSecond paragraph here.\r\n");
    text("old-mac.txt", "Headline\rFirst paragraph here.\rSecond paragraph here.\r");
    try (Writer w = Files.newBufferedWriter(big.resolve("fifty-mb-line.txt"))) {
      while (countChars < 50_000_000) {
        w.write(PROSE);
        countChars += PROSE.length();
      }
    }
    try (Writer w = Files.newBufferedWriter(big.resolve("million-words.txt"))) {
      w.write("A Very Long Paragraph\n\n");
      String[] vocab = {"council", "budget", "river", "school", "road", "vote", "plan", "city", "year", "people"};
      for (int i = 0; i < 1_000_000; i++) {
        w.write(vocab[i % vocab.length]);
        w.write(' ');
      }
    }
    text("long-word.txt", "Headline\n\nThe word " + "a".repeat(10_000) + " is long.");
    StringBuilder jsonl = new StringBuilder();
    jsonl.append("{\"id\": \"j1\", \"text\": \"A good record.\"}\n");
    jsonl.append("{\"id\": \"j2\", \"text\": \"broken\n");
    jsonl.append("{\"id\": \"j3\", \"text\": {\"nested\": true}}\n");
    jsonl.append("{\"id\": \"j4\", \"title\": \"no text\"}\n");
    jsonl.append("{\"id\": \"j1\", \"text\": \"Duplicate id.\"}\n");
    jsonl.append("{\"id\": \"j5\", \"text\": \"").append(PROSE.repeat(5_000_000 / PROSE.length())).append("\"}\n");
    jsonl.append("[\"not\", \"an\", \"object\"]\n");
    text("mixed.jsonl", jsonl.toString());
    text("mixed.csv", "id,title,text\n"
        + "c1,Quoted,\"Line one.\n\nLine \"\"two\"\".\"\n"
        + "c2,Open quote,\"never closed\n"
        + "c3,Extra,too,many,columns\n"
        + "c4,Missing\n"
        + "c5,Fine,A fine last record.\n");
    text("scripts.html", "<html><head><script>alert('x')</script><style>p{}</style></head><body>"
        + "<p>Real text &amp; more.</p><script>document.write('<p>fake</p>')</script></body></html>");
    text("deep.html", "<html><body>" + "<div>".repeat(5000) + "<p>Deep text.</p>" + "</div>".repeat(5000)
        + "</body></html>");
    text("entities.html", "<html><body><p>Caf&eacute; &ndash; &#8220;quoted&#8221; &lt;tag&gt;</p></body></html>");
    text("no-p.html", "<html><body><div>Only a div with text.</div><span>And a span.</span></body></html>");
    text("zero-width-bidi.txt", "Headline\n\nThe\u200B council\u200D met \u202Eon Tuesday\u202C and voted.");
    text("rtl.txt", "عنوان\n\nاجتمع المجلس يوم الثلاثاء ووافق على الميزانية للعام المقبل.");
    text("cjk.txt", "標題\n\n市議会は火曜日に会合を開き、来年度の予算を承認した。");
    text("only-punct.txt", "?!?! ... --- ***\n\n!!!\n");
    text("only-numbers.txt", "2024\n\n1 2 3 4 5 6 7 8 9 10\n");
    text("only-urls.txt", "Links\n\nhttps://example.org/a https://example.org/b www.example.com\n");
    String page = org.lede.ingest.WarcFixtures.page("Harbour fees rise", PROSE + PROSE, PROSE);
    byte[] warc = new org.lede.ingest.WarcFixtures(true)
        .html("https://h.example/1", "2026-03-01T10:00:00Z", page)
        .html("https://h.example/2", "2026-03-01T10:00:01Z", page)
        .html("https://h.example/3", "2026-03-01T10:00:02Z", page).bytes();
    write("truncated.warc.gz", Arrays.copyOf(warc, warc.length - 100));
    String block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page;
    write("wrong-length.warc.gz", new org.lede.ingest.WarcFixtures(true)
        .html("https://h.example/1", "2026-03-01T10:00:00Z", page)
        .raw("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://h.example/bad\r\n"
            + "WARC-Date: 2026-03-01T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000b>\r\n"
            + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + (block.length() + 90)
            + "\r\n\r\n" + block + "\r\n\r\n")
        .html("https://h.example/3", "2026-03-01T10:00:02Z", page).bytes());
    StringBuilder cut = new StringBuilder("[");
    for (int i = 0; i < 40; i++) {
      cut.append(i == 0 ? "" : ",\n").append("{\"id\": \"a").append(i).append("\", \"text\": \"").append(PROSE).append("\"}");
    }
    text("cut-array.json", cut.substring(0, cut.length() - 30));
    text("two-arrays.json", "{\"top\": [{\"text\": \"" + PROSE + "\"}], \"more\": [{\"text\": \"" + PROSE + "\"}]}");
    writeDateCases();
    writeArchiveAndScriptCases();
    Path tiny = Files.createDirectories(in.resolve("tiny"));
    for (int i = 0; i < 20_000; i++) {
      Files.writeString(tiny.resolve("t" + i + ".txt"), "Tiny " + i + "\n\nA tiny article number " + i + ".\n");
    }
    Path noText = tmp.resolve("no-text-parquet");
    spark.sql("SELECT 'n1' AS id, 'A headline' AS title, 3 AS score").coalesce(1).write().parquet(noText.toString());
    try (var files = Files.list(noText)) {
      Files.copy(files.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow(),
          in.resolve("no-text.parquet"));
    }
    out = tmp.resolve("out");
    summary = LedeJob.run(spark, new RunSpec(List.of(in.toString()), out.toString(), LocalDate.parse("2026-04-01"),
        LedeConfig.load(null, List.of("run.max-reject-ratio=1"))));
    for (JsonNode f : new ObjectMapper().readTree(out.resolve("_runs/run_date=2026-04-01/summary.json").toFile())
        .get("per_file")) {
      String path = f.get("path").asText();
      perFile.put(path.substring(path.lastIndexOf('/') + 1), f);
    }
  }

  static long countChars;

  /** "No date" placeholders and dates out of any range, in every input format that carries dates. */
  static final String ZERO_DATE = "0001-01-01T00:00:00Z";

  static void writeDateCases() throws IOException {
    text("dates.jsonl", "{\"id\": \"d1\", \"published_at\": \"" + ZERO_DATE + "\", \"text\": \"" + PROSE + "\"}\n"
        + "{\"id\": \"d2\", \"published_at\": \"9999-12-31T23:59:59Z\", \"text\": \"" + PROSE + "\"}\n"
        + "{\"id\": \"d3\", \"published_at\": \"+999999999-12-31T23:59:59Z\", \"text\": \"" + PROSE + "\"}\n"
        + "{\"id\": \"d4\", \"published_at\": 253402300800000, \"text\": \"" + PROSE + "\"}\n"
        + "{\"id\": \"d5\", \"published_at\": \"1066-10-14\", \"text\": \"" + PROSE + "\"}\n"
        + "{\"id\": \"d6\", \"published_at\": \"2026-03-31T08:00:00Z\", \"text\": \"" + PROSE + "\"}\n");
    text("dates.json", "{\"status\": \"ok\", \"articles\": [{\"title\": \"Zero date\", \"publishedAt\": \""
        + ZERO_DATE + "\", \"content\": \"" + PROSE + "\"}]}");
    text("dates.csv", "id,title,published_at,text\nc-zero,Zero date," + ZERO_DATE + ",\"" + PROSE + "\"\n");
    text("dates.html", "<html><head><title>Zero date</title><script type='application/ld+json'>{\"@type\":"
        + " \"NewsArticle\", \"headline\": \"Zero date\", \"datePublished\": \"" + ZERO_DATE + "\", \"dateModified\": \""
        + ZERO_DATE + "\"}</script><meta property='article:published_time' content='" + ZERO_DATE + "'></head>"
        + "<body><h1>Zero date</h1><p>" + PROSE + PROSE + "</p></body></html>");
    write("dates.warc.gz", new org.lede.ingest.WarcFixtures(true)
        .html("https://h.example/zero", ZERO_DATE, org.lede.ingest.WarcFixtures.page("Zero capture", PROSE)).bytes());
    Path parquet = tmp.resolve("dates-parquet");
    spark.conf().set("spark.sql.parquet.int96RebaseModeInWrite", "CORRECTED"); // as a writer of such dates must
    spark.sql("SELECT 'p-zero' AS id, '" + PROSE + "' AS text, TIMESTAMP'0001-01-01 00:00:00' AS published_at")
        .coalesce(1).write().parquet(parquet.toString());
    try (var files = Files.list(parquet)) {
      Files.copy(files.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow(),
          in.resolve("dates.parquet"));
    }
    text("controls.jsonl", "{\"id\": \"ctl\", \"title\": \"Nul\\u0000 in \\ud800 title\", \"text\": \"The council"
        + "\\u0000 met on \\udc00Tuesday and \\u0007approved the budget.\"}\n"
        + "{\"id\": \"" + "long".repeat(200) + "\", \"url\": \"https://h.example/" + "q".repeat(9000) + "\", \"text\": \""
        + PROSE + "\"}\n");
  }

  /** Archives as crawlers write them, and pages in scripts without Latin full stops. */
  static void writeArchiveAndScriptCases() throws IOException {
    String page = org.lede.ingest.WarcFixtures.page("Stored decoded", PROSE, PROSE);
    write("mislabelled.warc.gz", new org.lede.ingest.WarcFixtures(true).response("https://h.example/plain",
        "2026-03-01T10:00:00Z", 200, "Content-Type: text/html\r\nContent-Encoding: gzip",
        page.getBytes(StandardCharsets.UTF_8)).bytes());
    write("CC-NEWS-1.warc.wet.gz", new org.lede.ingest.WarcFixtures(true).warcinfo()
        .conversion("https://h.example/wet", "2026-03-01T10:00:00Z", "Budget approved | Harbour Times\nHome\nNews\n"
            + PROSE + "\n" + PROSE + "\nContact us\n", "eng").bytes());
    write("CC-NEWS-1.warc.wat.gz", new org.lede.ingest.WarcFixtures(true).warcinfo()
        .watMetadata("https://h.example/wet").bytes());
    String thai = "กรุงเทพมหานครเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำเมื่อวันเสาร์ที่ผ่านมา"
        + " ประชาชนจำนวนมากเดินทางมาร่วมงานตั้งแต่เช้า เจ้าหน้าที่กล่าวว่าสวนแห่งนี้จะเปิดให้บริการทุกวัน";
    write("thai.html", scriptPage("สวนใหม่ริมแม่น้ำ", thai).getBytes(java.nio.charset.Charset.forName("TIS-620")));
    String chinese = "市政府星期六在河边开放了一座新的公园，许多市民一早就来参观。官员说，公园每天开放，免费进入。";
    write("chinese.html", scriptPage("河边新公园开放", chinese).getBytes(java.nio.charset.Charset.forName("GB18030")));
    String japanese = "市は土曜日、川沿いに新しい公園を開いた。朝から多くの市民が訪れ、公園は毎日無料で開放されるという。";
    text("japanese.html", scriptPage("川沿いに新しい公園", japanese).replace("<head>", "<head><meta charset='utf-8'>"));
  }

  /** A news page in a script of its own: a menu, a headline and three paragraphs, no charset declared. */
  static String scriptPage(String title, String paragraph) {
    return "<html><head><title>" + title + "</title></head><body><ul class='menu'><li><a href='/a'>" + title
        + "</a></li><li><a href='/b'>" + title.substring(0, 2) + "</a></li></ul><h1>" + title + "</h1>"
        + "<div class='story'><p>" + paragraph + "</p><p>" + paragraph + "</p><p>" + paragraph + "</p></div>"
        + "</body></html>";
  }


  static void write(String name, byte[] b) throws IOException {
    Files.write(in.resolve(name), b);
  }

  static void text(String name, String s) throws IOException {
    Files.writeString(in.resolve(name), s);
  }

  static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    try (OutputStream g = new GZIPOutputStream(bo)) {
      g.write(b);
    }
    return bo.toByteArray();
  }

  static List<Row> rejects(String file) {
    return spark.read().parquet(out.resolve("rejects").toString())
        .where("source_path LIKE '%/" + file + "'").orderBy("record_locator").collectAsList();
  }

  static Row article(String file) {
    List<Row> rows = spark.read().parquet(out.resolve("articles").toString())
        .where("source_path LIKE '%/" + file + "'").collectAsList();
    assertThat(rows).as(file).hasSize(1);
    return rows.get(0);
  }

  static List<String> flags(Row r) {
    return new ArrayList<>(r.getList(r.fieldIndex("flags")));
  }

  static void outcome(String file, long articles, long rejects) {
    JsonNode f = perFile.get(file);
    assertThat(f).as(file).isNotNull();
    assertThat(f.get("articles").asLong()).as(file + " articles").isEqualTo(articles);
    assertThat(f.get("rejects").asLong()).as(file + " rejects").isEqualTo(rejects);
  }

  @Test
  void everyFileReconciles() {
    assertThat(summary.files()).isEqualTo(perFile.size());
    long records = 0;
    for (JsonNode f : perFile.values()) {
      assertThat(f.get("records_read").asLong()).isEqualTo(f.get("articles").asLong() + f.get("rejects").asLong());
      records += f.get("records_read").asLong();
    }
    assertThat(records).isEqualTo(summary.recordsRead());
    assertThat(summary.recordsRead()).isEqualTo(summary.articles() + summary.rejects());
    long byReason = summary.rejectsByReason().values().stream().mapToLong(Long::longValue).sum();
    assertThat(byReason).isEqualTo(summary.rejects());
    assertThat(spark.read().parquet(out.resolve("articles").toString()).count()).isEqualTo(summary.articles());
    assertThat(spark.read().parquet(out.resolve("rejects").toString()).count()).isEqualTo(summary.rejects());
  }

  @Test
  void emptyBinaryAndBrokenFiles() {
    outcome("empty.txt", 0, 1);
    assertThat(rejects("empty.txt").get(0).<String>getAs("reason_code")).isEqualTo("empty_file");
    outcome("empty.jsonl.gz", 0, 1);
    assertThat(rejects("empty.jsonl.gz").get(0).<String>getAs("reason_code")).isEqualTo("empty_file");
    outcome("binary.txt", 0, 1);
    assertThat(rejects("binary.txt").get(0).<String>getAs("reason_code")).isEqualTo("binary_file");
    outcome("corrupt.txt.gz", 0, 1);
    assertThat(rejects("corrupt.txt.gz").get(0).<String>getAs("reason_code")).isEqualTo("corrupt_gzip");
    JsonNode truncated = perFile.get("truncated.jsonl.gz");
    assertThat(truncated.get("articles").asLong()).isBetween(100L, 2999L);
    assertThat(truncated.get("rejects").asLong()).isEqualTo(1);
    Row r = rejects("truncated.jsonl.gz").get(0);
    assertThat(r.<String>getAs("reason_code")).isEqualTo("corrupt_gzip");
    assertThat(r.<String>getAs("record_locator")).startsWith("after record ");
  }

  @Test
  void encodingsAndLineEndings() {
    assertThat(flags(article("invalid-utf8.txt"))).contains("invalid_utf8");
    assertThat(flags(article("utf16.txt"))).contains("decoded_utf16");
    Row latin = article("latin1.txt");
    assertThat(flags(latin)).contains("decoded_windows_1252");
    assertThat(latin.<String>getAs("title")).isEqualTo("Caf\u00e9 News");
    assertThat(article("windows-endings.txt").<Integer>getAs("paragraph_count")).isEqualTo(2);
    assertThat(article("old-mac.txt").<Integer>getAs("paragraph_count")).isEqualTo(2);
  }

  @Test
  void hugeInputsAreProcessedInBoundedPieces() {
    Row line = article("fifty-mb-line.txt");
    assertThat(flags(line)).contains("no_headline", "long_paragraph_split");
    assertThat(line.<Integer>getAs("word_count")).isGreaterThan(5_000_000);
    assertThat(line.<Integer>getAs("paragraph_count")).isGreaterThan(2_000);
    assertThat(line.<String>getAs("summary")).isNotNull();
    Row words = article("million-words.txt");
    assertThat(words.<Integer>getAs("word_count")).isEqualTo(1_000_000);
    assertThat(flags(words)).contains("long_paragraph_split");
    Row longWord = article("long-word.txt");
    assertThat(longWord.<Integer>getAs("word_count")).isEqualTo(5);
    assertThat(longWord.<Double>getAs("reading_grade")).isNotNull();
  }

  @Test
  void jsonLinesCases() {
    outcome("mixed.jsonl", 2, 5);
    List<String> codes = new ArrayList<>();
    for (Row r : rejects("mixed.jsonl")) {
      codes.add(r.<String>getAs("record_locator") + " " + r.<String>getAs("reason_code"));
    }
    assertThat(codes).containsExactly("line 2 malformed_json", "line 3 invalid_field", "line 4 missing_text",
        "line 5 duplicate_id", "line 7 malformed_json");
    Row fiveMb = spark.read().parquet(out.resolve("articles").toString()).where("article_id = 'j5'").first();
    assertThat(fiveMb.<Integer>getAs("word_count")).isGreaterThan(700_000);
  }

  @Test
  void webArchiveCases() {
    outcome("truncated.warc.gz", 2, 1);
    assertThat(rejects("truncated.warc.gz").get(0).<String>getAs("reason_code")).isIn("truncated_record", "corrupt_gzip");
    assertThat(rejects("truncated.warc.gz").get(0).<String>getAs("record_locator")).startsWith("record 3 (offset ");
    outcome("wrong-length.warc.gz", 2, 1);
    Row wrong = rejects("wrong-length.warc.gz").get(0);
    assertThat(wrong.<String>getAs("reason_code")).isEqualTo("malformed_warc");
    assertThat(wrong.<String>getAs("record_locator")).startsWith("record 2 (offset ");
  }

  @Test
  void jsonDocumentCases() {
    JsonNode cut = perFile.get("cut-array.json");
    assertThat(cut.get("articles").asLong()).isEqualTo(39);
    assertThat(cut.get("rejects").asLong()).isEqualTo(1);
    assertThat(rejects("cut-array.json").get(0).<String>getAs("reason_code")).isEqualTo("malformed_json");
    outcome("two-arrays.json", 0, 1);
    Row two = rejects("two-arrays.json").get(0);
    assertThat(two.<String>getAs("reason_code")).isEqualTo("ambiguous_json");
    assertThat(two.<String>getAs("reason")).contains("/top", "/more");
  }

  @Test
  void aParquetFileWithoutATextColumnIsOneReject() {
    outcome("no-text.parquet", 0, 1);
    Row r = rejects("no-text.parquet").get(0);
    assertThat(r.<String>getAs("reason_code")).isEqualTo("missing_text_column");
    assertThat(r.<String>getAs("reason")).contains("score");
  }

  @Test
  void csvCases() {
    outcome("mixed.csv", 2, 3);
    List<String> codes = new ArrayList<>();
    for (Row r : rejects("mixed.csv")) {
      codes.add(r.<String>getAs("reason_code"));
      assertThat(r.<String>getAs("reason")).isNotBlank();
    }
    assertThat(codes).containsOnly("malformed_csv");
    Row quoted = spark.read().parquet(out.resolve("articles").toString()).where("article_id = 'c1'").first();
    assertThat(quoted.<Integer>getAs("paragraph_count")).isEqualTo(2);
  }

  @Test
  void htmlCases() {
    Row scripts = article("scripts.html");
    assertThat(scripts.<Integer>getAs("word_count")).isEqualTo(3);
    assertThat(article("deep.html").<Integer>getAs("word_count")).isEqualTo(2);
    assertThat(article("entities.html").<Integer>getAs("word_count")).isEqualTo(3);
    assertThat(flags(article("no-p.html"))).contains("no_paragraph_markup");
  }

  @Test
  void scriptsControlsAndOddText() {
    assertThat(article("zero-width-bidi.txt").<Integer>getAs("word_count")).isEqualTo(7);
    Row rtl = article("rtl.txt");
    assertThat(rtl.<String>getAs("language")).isEqualTo("ar");
    assertThat(flags(rtl)).contains("non_english");
    assertThat(rtl.<Object>getAs("reading_grade")).isNull();
    Row cjk = article("cjk.txt");
    assertThat(cjk.<String>getAs("language")).isEqualTo("ja");
    assertThat(cjk.<Object>getAs("sentiment_compound")).isNull();
    outcome("only-punct.txt", 0, 1);
    assertThat(rejects("only-punct.txt").get(0).<String>getAs("reason_code")).isEqualTo("no_words");
    assertThat(article("only-numbers.txt").<Integer>getAs("word_count")).isEqualTo(10);
    assertThat(article("only-urls.txt").<Integer>getAs("word_count")).isEqualTo(3);
  }

  @Test
  void placeholderAndOutOfRangeDatesInEveryFormatBecomeNullFlaggedWithTheRawValueKept() {
    Map<String, String> zero = new java.util.LinkedHashMap<>();
    zero.put("dates.json", "published_at");
    zero.put("dates.csv", "published_at");
    zero.put("dates.html", "published_at");
    zero.put("dates.warc.gz", "captured_at");
    zero.put("dates.parquet", "published_at");
    for (Map.Entry<String, String> e : zero.entrySet()) {
      Row a = article(e.getKey());
      assertThat(a.<Object>getAs(e.getValue())).as(e.getKey()).isNull();
      assertThat(flags(a)).as(e.getKey()).contains("implausible_date");
      assertThat(a.<scala.collection.Map<String, String>>getAs("raw_values").get(e.getValue()).get())
          .as(e.getKey()).startsWith("0001-01-01");
    }
    outcome("dates.jsonl", 6, 0);
    List<Row> lines = spark.read().parquet(out.resolve("articles").toString())
        .where("source_path LIKE '%/dates.jsonl'").orderBy("article_id").collectAsList();
    for (Row a : lines.subList(0, 5)) {
      assertThat(a.<Object>getAs("published_at")).as(a.<String>getAs("article_id")).isNull();
      assertThat(flags(a)).as(a.<String>getAs("article_id")).containsAnyOf("implausible_date", "unparsed_published_at");
    }
    assertThat(lines.get(5).<java.sql.Timestamp>getAs("published_at").toInstant())
        .isEqualTo(java.time.Instant.parse("2026-03-31T08:00:00Z"));
  }

  @Test
  void controlCharactersUnpairedSurrogatesAndOversizedValuesAreCleanedAndFlagged() {
    outcome("controls.jsonl", 2, 0);
    Row ctl = spark.read().parquet(out.resolve("articles").toString()).where("article_id = 'ctl'").first();
    assertThat(ctl.<String>getAs("title")).isEqualTo("Nul in \uFFFD title");
    assertThat(flags(ctl)).contains("control_characters", "invalid_unicode");
    String text = spark.read().parquet(out.resolve("paragraphs").toString()).where("article_id = 'ctl'").first()
        .getAs("text");
    assertThat(text).isEqualTo("The council met on \uFFFDTuesday and approved the budget.");
    Row big = spark.read().parquet(out.resolve("articles").toString())
        .where("source_path LIKE '%/controls.jsonl' AND article_id <> 'ctl'").first();
    assertThat(big.<String>getAs("article_id")).hasSize(64);
    assertThat(big.<String>getAs("url")).isNull();
    assertThat(flags(big)).contains("oversized_field");
  }

  @Test
  void archivesAsCrawlersWriteThemAndPagesInThaiChineseAndJapanese() {
    assertThat(flags(article("mislabelled.warc.gz"))).contains("content_encoding_mismatch");
    Row wet = article("CC-NEWS-1.warc.wet.gz");
    assertThat(wet.<String>getAs("url")).isEqualTo("https://h.example/wet");
    assertThat(wet.<Integer>getAs("paragraph_count")).isEqualTo(2);
    assertThat(flags(wet)).contains("extracted_text");
    JsonNode wat = perFile.get("CC-NEWS-1.warc.wat.gz");
    assertThat(wat.get("records_read").asLong()).isZero();
    assertThat(wat.get("skipped_records_by_kind").get("wat_metadata").asLong()).isEqualTo(1);
    for (String page : List.of("thai.html", "chinese.html", "japanese.html")) {
      Row a = article(page);
      assertThat(a.<Integer>getAs("paragraph_count")).as(page).isEqualTo(3);
    }
    assertThat(article("thai.html").<String>getAs("title")).isEqualTo("สวนใหม่ริมแม่น้ำ");
    assertThat(flags(article("thai.html"))).contains("decoded_tis_620");
    assertThat(article("chinese.html").<String>getAs("language")).isEqualTo("zh");
    assertThat(article("japanese.html").<String>getAs("language")).isEqualTo("ja");
  }

  @Test
  void twentyThousandTinyFiles() {
    long tiny = perFile.keySet().stream().filter(k -> k.matches("t\\d+\\.txt")).count();
    assertThat(tiny).isEqualTo(20_000);
    assertThat(spark.read().parquet(out.resolve("articles").toString()).where("source_path LIKE '%/tiny/%'")
        .count()).isEqualTo(20_000);
  }

  @Test
  void largestCasesCompleteWithAOneGigabyteHeap() throws Exception {
    String log = runInChildJvm("1g", big, "big");
    assertThat(log).contains("2 articles");
  }

  /**
   * A 200 MB web archive (mostly images, which are counted and passed over, and 2,000 pages) and a 200 MB
   * JSON array (20,000 records, each with a 10 KB field lede does not read) in a JVM of 512 MB.
   */
  @Test
  void twoHundredMegabyteArchivesAndArraysCompleteWithAHalfGigabyteHeap() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("big-archives"));
    byte[] image = new byte[1 << 20];
    new Random(3).nextBytes(image);
    try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(dir.resolve("crawl.warc.gz")));
         org.netpreserve.jwarc.WarcWriter w = new org.netpreserve.jwarc.WarcWriter(
             java.nio.channels.Channels.newChannel(o), org.netpreserve.jwarc.WarcCompression.GZIP)) {
      byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nContent-Length: " + image.length + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII);
      byte[] imageBlock = new byte[http.length + image.length];
      System.arraycopy(http, 0, imageBlock, 0, http.length);
      System.arraycopy(image, 0, imageBlock, http.length, image.length);
      for (int i = 0; i < 2000; i++) {
        byte[] page = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + org.lede.ingest.WarcFixtures.page(
            "Page " + i, PROSE.repeat(3) + i, PROSE.repeat(2))).getBytes(StandardCharsets.UTF_8);
        w.write(new org.netpreserve.jwarc.WarcResponse.Builder("https://h.example/p" + i)
            .body(org.netpreserve.jwarc.MediaType.HTTP_RESPONSE, page).build());
        if (i % 9 == 0) {
          w.write(new org.netpreserve.jwarc.WarcResponse.Builder("https://h.example/i" + i + ".jpg")
              .body(org.netpreserve.jwarc.MediaType.HTTP_RESPONSE, imageBlock).build());
        }
      }
    }
    assertThat(Files.size(dir.resolve("crawl.warc.gz"))).isGreaterThan(200L << 20);
    String filler = "x".repeat(10_600);
    try (Writer w = Files.newBufferedWriter(dir.resolve("array.json"))) {
      w.write("[\n");
      for (int i = 0; i < 20_000; i++) {
        w.write((i == 0 ? "" : ",\n") + "{\"id\": \"r" + i + "\", \"raw_html\": \"" + filler + "\", \"text\": \""
            + PROSE + i + ".\"}");
      }
      w.write("\n]\n");
    }
    assertThat(Files.size(dir.resolve("array.json"))).isGreaterThan(200L << 20);
    String log = runInChildJvm("512m", dir, "big-archives");
    JsonNode s = new ObjectMapper().readTree(tmp.resolve("big-archives-out/_runs/run_date=2026-04-02/summary.json")
        .toFile());
    assertThat(s.get("articles").asLong()).as(log).isEqualTo(22_000);
    assertThat(s.get("rejects").asLong()).isZero();
    assertThat(s.get("skipped_records_by_kind").get("not_html").asLong()).isEqualTo(223);
  }

  /** Runs `lede run` on a folder in a separate JVM with the given heap; returns its log. */
  private static String runInChildJvm(String heap, Path input, String name) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(Arrays.asList(System.getProperty("lede.java17.flags", "").split(" ")));
    cmd.removeIf(String::isBlank);
    cmd.addAll(List.of("-Xmx" + heap, "-Dspark.master=local[2]", "-Dspark.ui.enabled=false",
        "-cp", System.getProperty("java.class.path"), "org.lede.cli.Main", "run", "--input", input.toString(),
        "--output", tmp.resolve(name + "-out").toString(), "--run-date", "2026-04-02"));
    Path logFile = tmp.resolve(name + "-run.log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
    int code = p.waitFor();
    String log = Files.readString(logFile);
    assertThat(code).as(log).isZero();
    return log;
  }
}
