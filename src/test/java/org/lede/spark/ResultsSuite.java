package org.lede.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.config.LedeConfig;
import org.lede.report.ReportBuilder;
import org.lede.report.ReportData;
import org.lede.report.ReportRenderer;
import org.lede.results.DuckDbTables;
import org.lede.results.ResultTables;
import org.lede.spark.nightly.RunDates;
import org.lede.spark.output.OutputLayout;
import org.lede.spark.output.RunSummary;
import org.lede.spark.output.RunSummaryFile;
import org.lede.spark.report.SparkTables;

/**
 * The commands that read the output ({@code show}, {@code report}) and the SQL views of {@code conf/sql}, on an
 * output as real news makes it: one story copied across outlets and nights, an exact copy of an earlier
 * night, articles in three languages, a night with rejects and one without, and a night that read nothing.
 * The report's queries give the same answer through DuckDB and through Spark.
 */
class ResultsSuite extends SparkSuite {
  static final List<String> TABLES = List.of("articles", "paragraphs", "rejects", "stories");
  static final Path PROJECT = Path.of(System.getProperty("lede.project.dir", "."));

  @TempDir
  static Path dir;
  static Path out;

  static final String STORY = String.join("\n\n",
      "The city council voted on Tuesday to close the old river bridge to cars for two years while engineers "
          + "replace its rusted steel supports.",
      "Cyclists and people on foot will still be able to cross on a narrow lane along the north side, the "
          + "council said, and buses will run a free shuttle between the two banks every ten minutes.",
      "Shop owners near the bridge warned that the closure could cost them customers, and asked the council to "
          + "cut parking fees in the old town while the work goes on.",
      "The repairs will cost about 40 million, most of it paid by a national fund for ageing bridges, and the "
          + "first crews are expected on site in the spring.");

  static String jsonLine(String id, String source, String title, String published, String text) {
    return "{\"id\": \"" + id + "\", \"source\": \"" + source + "\", \"title\": \"" + title
        + "\", \"published_at\": \"" + published + "\", \"text\": \"" + text.replace("\n", "\\n") + "\"}\n";
  }

  @BeforeAll
  static void nights() throws IOException {
    out = dir.resolve("out");
    LedeConfig config = LedeConfig.load(null, List.of());
    Path n1 = dir.resolve("night1");
    write(n1.resolve("river/bridge.txt"), "Old River Bridge to Close for Two Years\n\n" + STORY + "\n");
    write(n1.resolve("wire.jsonl"), jsonLine("valley-7", "Valley Post", "Bridge Closure Will Last Two Years",
        "2026-05-04T08:00:00Z", STORY)
        + jsonLine("alpen-1", "Alpenblatt", "Neue Schule öffnet im Herbst", "2026-05-04T09:00:00Z",
            "Die neue Schule am Stadtrand wird im Herbst ihre Türen öffnen. Die Bauarbeiten sind fast fertig, und "
                + "die Lehrer freuen sich schon auf die ersten Klassen.\n\nDie Eltern hatten lange auf das neue "
                + "Gebäude gewartet, weil die alte Schule zu klein geworden war.")
        + jsonLine("seine-1", "Journal de la Seine", "Le marché du samedi revient", "2026-05-04T10:00:00Z",
            "Le marché du samedi revient sur la place de la mairie après deux ans de travaux. Les habitants "
                + "pourront de nouveau acheter des fruits et des légumes frais.\n\nLes commerçants sont heureux "
                + "de retrouver leurs clients, et la mairie promet une fête pour la réouverture.")
        + "{\"id\": \"broken\", \"text\": \"cut off\n");
    run(List.of(n1.toString()), out, "2026-05-04", config);
    Path n2 = dir.resolve("night2");
    write(n2.resolve("harbour.jsonl"), jsonLine("harbour-3", "Harbour Times", "Bridge Shut Until 2028",
        "2026-05-05T07:30:00Z", STORY));
    write(n2.resolve("again/bridge-copy.txt"), "Old River Bridge to Close for Two Years\n\n" + STORY + "\n");
    run(List.of(n2.toString()), out, "2026-05-05", config);
    run(List.of(n2.toString()), out, "2026-05-06", config); // read before: a night without new files
  }

  static ResultTables duckDb() {
    return new DuckDbTables(out.toFile(), TABLES);
  }

  static Map<String, RunSummary> summaries(String... dates) throws IOException {
    FileSystem fs = FileSystem.getLocal(spark.sparkContext().hadoopConfiguration());
    Map<String, RunSummary> s = new LinkedHashMap<>();
    for (String d : dates) {
      s.put(d, RunSummaryFile.read(fs, new OutputLayout(out.toString()), d));
    }
    return s;
  }

  @Test
  void theReportIsTheSameThroughDuckDbAndSpark() throws IOException {
    for (String[] range : new String[][] {{"2026-05-04"}, {"2026-05-04", "2026-05-05", "2026-05-06"}, {"2026-05-06"}}) {
      ReportData viaDuck;
      try (ResultTables t = duckDb()) {
        viaDuck = ReportBuilder.build(t, summaries(range), "test");
      }
      ReportData viaSpark = ReportBuilder.build(new SparkTables(spark, new OutputLayout(out.toString()), TABLES),
          summaries(range), "test");
      assertThat(canonical(viaDuck)).as(String.join(",", range)).isEqualTo(canonical(viaSpark));
      assertThat(ReportRenderer.render(viaDuck)).contains("<svg");
    }
  }

  @Test
  void theReportCountsTheCopiedStoryOnceAndShowsItsSpread() throws IOException {
    ReportData r;
    try (ResultTables t = duckDb()) {
      r = ReportBuilder.build(t, summaries("2026-05-04", "2026-05-05", "2026-05-06"), "test");
    }
    assertThat(r.runs()).extracting(ReportData.RunRow::runDate)
        .containsExactly("2026-05-04", "2026-05-05", "2026-05-06");
    ReportData.RunRow first = r.runs().get(0);
    assertThat(first.articles()).isEqualTo(4); // the bridge story twice, the German and the French article
    assertThat(first.stories()).isEqualTo(3);
    assertThat(r.runs().get(2).articles()).isZero();
    assertThat(r.runs().get(2).stories()).isNull();
    assertThat(r.widestStories()).hasSize(1);
    ReportData.StoryRow story = r.widestStories().get(0);
    assertThat(story.articles()).isEqualTo(4); // two on the first night, two on the second (one an exact copy)
    assertThat(story.spreadHours()).isGreaterThan(20.0);
    assertThat(story.firstRunDate()).isEqualTo("2026-05-04");
    assertThat(r.rejects()).extracting(ReportData.RejectRow::code).containsExactly("malformed_json");
    // every language is listed, with the one reading measure all of them have
    assertThat(r.languages()).extracting(ReportData.LanguageRow::language).contains("en", "de", "fr");
    assertThat(r.languages()).allSatisfy(l -> assertThat(l.meanLix()).as(l.language()).isNotNull().isPositive());
    assertThat(r.languages()).filteredOn(l -> l.language().equals("de")).singleElement()
        .satisfies(l -> assertThat(l.graded()).isZero());
  }

  @Test
  void everySqlViewRunsOnTheOutput() throws Exception {
    String sql = Files.readString(PROJECT.resolve("conf/sql/duckdb.sql"))
        .replace("'lede-out/", "'" + out.toString().replace("'", "''") + "/");
    List<String> views = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      for (String statement : statements(sql)) {
        st.execute(statement);
        views.add(statement.replaceAll("(?s).*?VIEW (\\w+).*", "$1"));
      }
      assertThat(views).contains("lede_articles", "lede_stories", "lede_daily", "lede_story_spread");
      for (String v : views) {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + v)) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getLong(1)).as(v).isPositive();
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT articles, stories FROM lede_daily WHERE run_date = DATE '2026-05-04'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getLong(1)).isEqualTo(4);
        assertThat(rs.getLong(2)).isEqualTo(3);
      }
    }
    String sparkSql = Files.readString(PROJECT.resolve("conf/sql/spark-sql.sql")).replace("LEDE_OUT", out.toString());
    for (String statement : statements(sparkSql)) {
      spark.sql(statement);
    }
    assertThat(spark.sql("SELECT articles, stories FROM lede_daily WHERE run_date = DATE '2026-05-04'")
        .collectAsList()).singleElement().satisfies(row -> {
          assertThat(((Number) row.get(0)).longValue()).isEqualTo(4);
          assertThat(((Number) row.get(1)).longValue()).isEqualTo(3);
        });
  }

  @Test
  void theRunDatesAreTheCompletedNights() throws IOException {
    FileSystem fs = FileSystem.getLocal(spark.sparkContext().hadoopConfiguration());
    assertThat(RunDates.completed(fs, new org.apache.hadoop.fs.Path(out.toString())))
        .containsExactly("2026-05-04", "2026-05-05", "2026-05-06");
    assertThat(new File(out.toFile(), "articles/run_date=2026-05-06")).doesNotExist();
  }

  /** The statements of a SQL file: comments dropped, split at semicolons that end a line. */
  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    for (String s : sql.replaceAll("(?m)^\\s*--.*$", "").split(";\\s*\\n")) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    return out;
  }

  /** A record's values as text, doubles to nine decimals (the engines may sum in another order). */
  static String canonical(Object o) {
    if (o instanceof Double d) {
      return String.format(Locale.ROOT, "%.9f", d);
    }
    if (o instanceof List<?> l) {
      List<String> parts = new ArrayList<>();
      l.forEach(x -> parts.add(canonical(x)));
      return parts.toString();
    }
    if (o instanceof Map<?, ?> m) {
      return m.toString();
    }
    if (o != null && o.getClass().isRecord()) {
      StringBuilder b = new StringBuilder(o.getClass().getSimpleName()).append('(');
      for (RecordComponent c : o.getClass().getRecordComponents()) {
        try {
          b.append(c.getName()).append('=').append(canonical(c.getAccessor().invoke(o))).append(' ');
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      return b.append(')').toString();
    }
    return String.valueOf(o);
  }
}
