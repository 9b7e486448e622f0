package org.lede.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.config.LedeConfig;
import org.lede.spark.output.RunSummary;

/** The job end to end in local mode on the sample corpus: one session for the suite. */
class LedeJobSuite extends SparkSuite {
  static final Path SAMPLES = Path.of(System.getProperty("lede.project.dir", "."), "src/samples/corpus");
  @TempDir static Path tmp;
  static Path out;
  static RunSummary first;

  @BeforeAll
  static void runOnSamples() {
    out = tmp.resolve("out");
    first = run(SAMPLES, out, "2026-01-15");
  }


  static RunSummary run(Path input, Path output, String date) {
    return run(List.of(input.toString()), output, date, LedeConfig.defaults());
  }

  @Test
  void aValueTheWriterRefusesMakesItsRecordAnUnwritableRejectAndTheRunGoesOn() throws Exception {
    Path in = write(tmp.resolve("refused/w.jsonl"), "{\"id\": \"w1\", \"text\": \"The ferry ran on time all week.\"}\n"
        + "{\"id\": \"w2\", \"text\": \"The bridge stayed shut for repairs.\"}\n"
        + "{\"id\": \"w3\", \"text\": \"The market opened on the square.\"}\n");
    Path output = tmp.resolve("refused-out");
    java.sql.Timestamp ancient = java.sql.Timestamp.from(java.time.Instant.parse("0001-01-01T00:00:00Z"));
    RunSummary s;
    try {
      // a value lede's own rules never let through, and a writer that refuses it (Spark's default setting)
      s = LedeJob.run(spark, new RunSpec(List.of(in.toString()), output.toString(), LocalDate.parse("2026-02-01"),
          LedeConfig.defaults()), Progress.View.NONE, articles -> {
            spark.conf().set("spark.sql.parquet.datetimeRebaseModeInWrite", "EXCEPTION");
            return articles.withColumn("published_at", org.apache.spark.sql.functions.when(
                org.apache.spark.sql.functions.col("article_id").equalTo("w2"),
                org.apache.spark.sql.functions.lit(ancient)).otherwise(
                org.apache.spark.sql.functions.col("published_at")));
          });
    } finally {
      spark.conf().set("spark.sql.parquet.datetimeRebaseModeInWrite", "CORRECTED");
    }
    assertThat(s.articles()).isEqualTo(2);
    assertThat(s.rejects()).isEqualTo(1);
    assertThat(s.rejectsByReason()).containsEntry("unwritable_record", 1L);
    assertThat(s.recordsRead()).isEqualTo(3);
    Row reject = table(output, "rejects", "2026-02-01").first();
    assertThat(reject.<String>getAs("record_locator")).isEqualTo("line 2");
    assertThat(reject.<String>getAs("reason")).contains("published_at", "0001-01-01");
    assertThat(table(output, "articles", "2026-02-01").select("article_id").as(
        org.apache.spark.sql.Encoders.STRING()).collectAsList()).containsExactlyInAnyOrder("w1", "w3");
    assertThat(table(output, "paragraphs", "2026-02-01").where("article_id = 'w2'").count()).isZero();
  }

  @Test
  void progressCountsWhatTheRunReadAndNamesEachStep() {
    List<Progress.Snapshot> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<Progress.Snapshot> last = new java.util.concurrent.CopyOnWriteArrayList<>();
    Progress.View view = new Progress.View() {
      @Override
      public long intervalMillis() {
        return 5;
      }

      @Override
      public void show(Progress.Snapshot s, boolean isLast) {
        (isLast ? last : shown).add(s);
      }
    };
    RunSummary s = LedeJob.run(spark, new RunSpec(List.of(SAMPLES.toString()), tmp.resolve("progress").toString(),
        LocalDate.parse("2026-01-20"), LedeConfig.defaults()), view);
    assertThat(last).hasSize(1);
    Progress.Snapshot end = last.get(0);
    assertThat(end.filesListed()).isEqualTo(s.files());
    assertThat(end.files()).isEqualTo(s.files());
    assertThat(end.records()).isEqualTo(s.recordsRead());
    assertThat(end.articles()).isEqualTo(s.articles());
    assertThat(end.bytes()).isEqualTo(end.bytesListed()).isPositive();
    assertThat(shown.stream().map(Progress.Snapshot::step).distinct())
        .contains("analysing", "writing articles", "writing paragraphs", "writing rejects");
    // counts only grow while the run works
    for (int i = 1; i < shown.size(); i++) {
      assertThat(shown.get(i).records()).isGreaterThanOrEqualTo(shown.get(i - 1).records());
    }
  }

  @Test
  void theSparkSqlViewsCountEachStoryOnceAndShowHowItSpread() throws Exception {
    Path in = tmp.resolve("views-in");
    List<String> wire = org.lede.stories.StoryTexts.article(31, 6);
    write(in.resolve("wire.txt"), "Wire headline\n\n" + String.join("\n\n", wire));
    write(in.resolve("copy-1.txt"), "Local headline\n\n" + String.join("\n\n", wire));
    write(in.resolve("copy-2.txt"), "Cut headline\n\n"
        + String.join("\n\n", org.lede.stories.StoryTexts.cut(wire, 0.5)));
    write(in.resolve("other.txt"), "Other headline\n\n"
        + String.join("\n\n", org.lede.stories.StoryTexts.article(32, 4)));
    Path views = tmp.resolve("views-out");
    run(in, views, "2026-02-01");
    String sql = Files.readString(Path.of(System.getProperty("lede.project.dir", "."), "conf/sql/spark-sql.sql"))
        .replaceAll("(?m)^--.*$", "").replace("LEDE_OUT", views.toUri().toString().replaceAll("/$", ""));
    for (String statement : sql.split(";")) {
      if (!statement.isBlank()) {
        spark.sql(statement);
      }
    }
    Row daily = spark.sql("SELECT articles, stories FROM lede_daily WHERE run_date = DATE'2026-02-01'").first();
    assertThat(daily.getLong(0)).isEqualTo(4);
    assertThat(daily.getLong(1)).isEqualTo(2);
    Row spread = spark.sql("SELECT articles, sources, spread_hours FROM lede_story_spread ORDER BY articles DESC")
        .first();
    assertThat(spread.getLong(0)).isEqualTo(3);
    assertThat(spread.isNullAt(2)).isFalse();
  }

  @Test
  void aSharedFooterDoesNotJoinArticlesButAMuchCopiedStoryStaysOne() throws Exception {
    Path in = tmp.resolve("boilerplate-in");
    List<String> footer = org.lede.stories.StoryTexts.article(40, 4); // longer than each article's own text
    List<String> wire = org.lede.stories.StoryTexts.article(41, 6);
    for (int i = 0; i < 30; i++) {
      List<String> own = new java.util.ArrayList<>(org.lede.stories.StoryTexts.article(100 + i, 2));
      own.addAll(footer);
      write(in.resolve("site/article-" + i + ".txt"), "Site article " + i + "\n\n" + String.join("\n\n", own));
      write(in.resolve("wire/copy-" + i + ".txt"), "Wire copy " + i + "\n\n" + String.join("\n\n",
          i % 3 == 0 ? wire : org.lede.stories.StoryTexts.edited(wire, 20, i)));
    }
    RunSummary s = run(in, tmp.resolve("boilerplate-out"), "2026-02-02");
    assertThat(s.stories().repeatedParagraphs()).isGreaterThanOrEqualTo(footer.size());
    Dataset<Row> a = table(tmp.resolve("boilerplate-out"), "articles", "2026-02-02");
    assertThat(a.where("source_path like '%/site/%'").select("story_id").distinct().count()).isEqualTo(30);
    assertThat(a.where("source_path like '%/wire/%'").select("story_id").distinct().count()).isEqualTo(1);
    assertThat(s.stories().stories()).isEqualTo(31);
    assertThat(s.stories().largestGroup()).isEqualTo(30);
    // each copy was compared with a few representatives, not with every other copy (435 pairs)
    assertThat(s.stories().candidatePairs()).isLessThan(30L * org.lede.stories.MinHash.BANDS);
  }

  @Test
  void everyRecordEndsInArticlesOrRejects() {
    assertThat(first.files()).isEqualTo(10);
    assertThat(first.recordsRead()).isEqualTo(17);
    assertThat(first.articles()).isEqualTo(15);
    assertThat(first.rejects()).isEqualTo(2);
    assertThat(first.rejectsByReason()).containsEntry("malformed_json", 1L).containsEntry("malformed_csv", 1L);
    assertThat(table(out, "articles", "2026-01-15").count()).isEqualTo(15);
    assertThat(table(out, "articles", "2026-01-15").select("article_id").distinct().count()).isEqualTo(15);
    assertThat(table(out, "rejects", "2026-01-15").count()).isEqualTo(2);
    long paragraphs = table(out, "paragraphs", "2026-01-15").count();
    assertThat(paragraphs).isEqualTo(first.paragraphs());
    assertThat(table(out, "articles", "2026-01-15").selectExpr("sum(paragraph_count)").first().getLong(0))
        .isEqualTo(paragraphs);
  }

  @Test
  void schemaIsTheDocumentedContract() {
    Dataset<Row> a = spark.read().parquet(out.resolve("articles").toString());
    List<String> names = Arrays.stream(a.schema().fields()).map(StructField::name).collect(Collectors.toList());
    assertThat(names.subList(0, 31)).containsExactly("article_id", "source_path", "source", "url", "title",
        "byline", "published_at", "language", "paragraph_count", "sentence_count", "word_count",
        "syllable_count", "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
        "coleman_liau_index", "automated_readability_index", "dale_chall_score", "reading_grade",
        "reading_level", "sentiment_compound", "sentiment_positive", "sentiment_neutral", "sentiment_negative",
        "sentiment_label", "summary", "summary_sentence_indexes", "content_sha256", "run_id", "processed_at");
    assertThat(names).endsWith("story_id", "raw_values", "lix", "rix", "language_reading_ease",
        "language_reading_formula", "run_date");
    assertThat(a.schema().apply("published_at").dataType()).isEqualTo(DataTypes.TimestampType);
    assertThat(a.schema().apply("summary_sentence_indexes").dataType().simpleString()).isEqualTo("array<int>");
    List<String> p = Arrays.stream(spark.read().parquet(out.resolve("paragraphs").toString()).schema().fields())
        .map(StructField::name).collect(Collectors.toList());
    assertThat(p.subList(0, 14)).containsExactly("article_id", "paragraph_index", "text", "word_count",
        "sentence_count", "flesch_reading_ease", "flesch_kincaid_grade", "reading_grade", "sentiment_compound",
        "sentiment_positive", "sentiment_neutral", "sentiment_negative", "sentiment_label", "key_sentence");
    List<String> r = Arrays.stream(spark.read().parquet(out.resolve("rejects").toString()).schema().fields())
        .map(StructField::name).collect(Collectors.toList());
    assertThat(r.subList(0, 5)).containsExactly("source_path", "record_locator", "reason_code", "reason", "raw_excerpt");
  }

  @Test
  void timestampsAreWrittenAsMicrosNotInt96() throws Exception {
    File part = Files.walk(out.resolve("articles/run_date=2026-01-15"))
        .filter(f -> f.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow().toFile();
    try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromPath(
        new org.apache.hadoop.fs.Path(part.toURI()), new Configuration()))) {
      var type = r.getFooter().getFileMetaData().getSchema().getType("processed_at");
      assertThat(type.getLogicalTypeAnnotation())
          .isEqualTo(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS));
    }
  }

  @Test
  void handCheckedSampleArticles() {
    Row flood = table(out, "articles", "2026-01-15").where("source_path LIKE '%flood-rescue.txt'").first();
    assertThat(flood.<String>getAs("title")).isEqualTo("Neighbors Pull Family From Floodwater After Creek Overflows");
    assertThat(flood.<String>getAs("byline")).isEqualTo("Sam Okafor");
    assertThat(flood.<Integer>getAs("paragraph_count")).isEqualTo(5);
    assertThat(flood.<Integer>getAs("sentence_count")).isEqualTo(9);
    assertThat(flood.<String>getAs("language")).isEqualTo("en");
    assertThat(flood.<String>getAs("reading_level")).isEqualTo("elementary");
    assertThat(flood.<Object>getAs("published_at")).isNull();
    List<Row> paras = table(out, "paragraphs", "2026-01-15")
        .where(org.apache.spark.sql.functions.col("article_id").equalTo(flood.<String>getAs("article_id")))
        .orderBy("paragraph_index").collectAsList();
    assertThat(paras).extracting(x -> x.<Integer>getAs("paragraph_index")).containsExactly(0, 1, 2, 3, 4);
    // a one-sentence paragraph's key sentence is that sentence
    assertThat(paras.get(0).<String>getAs("key_sentence")).isEqualTo(paras.get(0).<String>getAs("text"));

    Row train = table(out, "articles", "2026-01-15").where("article_id = 'wire-1003'").first();
    assertThat(train.<java.sql.Timestamp>getAs("published_at").toInstant().toString())
        .isEqualTo("2026-03-16T18:05:00Z");
    assertThat(train.<String>getAs("sentiment_label")).isEqualTo("negative");

    Row spanish = table(out, "articles", "2026-01-15").where("article_id = 'wire-1004'").first();
    assertThat(spanish.<String>getAs("language")).isEqualTo("es");
    assertThat(spanish.<Object>getAs("flesch_reading_ease")).isNull();
    assertThat(spanish.<Object>getAs("sentiment_compound")).isNull();
    assertThat(spanish.<String>getAs("summary")).isNotNull();
    assertThat(spanish.getList(spanish.fieldIndex("flags"))).contains("non_english");
  }

  @Test
  void rejectsNameTheFilePositionAndReason() {
    List<Row> rejects = table(out, "rejects", "2026-01-15").orderBy("source_path").collectAsList();
    assertThat(rejects.get(0).<String>getAs("source_path")).endsWith("csv/feeds.csv");
    assertThat(rejects.get(0).<String>getAs("record_locator")).isEqualTo("record 3 (line 12)");
    assertThat(rejects.get(0).<String>getAs("reason")).contains("fields");
    assertThat(rejects.get(1).<String>getAs("source_path")).endsWith("jsonl/wire.jsonl");
    assertThat(rejects.get(1).<String>getAs("record_locator")).isEqualTo("line 3");
    assertThat(rejects.get(1).<String>getAs("raw_excerpt")).contains("wire-broken");
  }

  @Test
  void exactValuesForAHandComputedArticle() throws Exception {
    Path in = tmp.resolve("tiny");
    Files.createDirectories(in);
    Files.writeString(in.resolve("tiny.txt"), "Small Test Headline\n\nThe cat sat on the mat. The dog ran.\n\nBy Test Writer\n");
    Path o = tmp.resolve("tiny-out");
    RunSummary s = run(in, o, "2026-01-16");
    assertThat(s.articles()).isEqualTo(1);
    Row a = table(o, "articles", "2026-01-16").first();
    assertThat(a.<String>getAs("byline")).isEqualTo("Test Writer");
    assertThat(a.<Integer>getAs("word_count")).isEqualTo(9);
    assertThat(a.<Integer>getAs("sentence_count")).isEqualTo(2);
    assertThat(a.<Integer>getAs("syllable_count")).isEqualTo(9);
    assertThat(a.<Double>getAs("flesch_reading_ease")).isCloseTo(117.6675, within(1e-9));
    assertThat(a.<Double>getAs("flesch_kincaid_grade")).isCloseTo(-2.035, within(1e-9));
    assertThat(a.<Double>getAs("sentiment_compound")).isEqualTo(0.0);
    assertThat(a.<String>getAs("sentiment_label")).isEqualTo("neutral");
    assertThat(a.<String>getAs("summary")).isEqualTo("The cat sat on the mat.\nThe dog ran.");
    assertThat(a.getList(a.fieldIndex("summary_sentence_indexes"))).containsExactly(0, 1);
    assertThat(a.<String>getAs("content_sha256")).hasSize(64);
    assertThat(s.rejects()).isZero();
    assertThat(o.resolve("rejects/run_date=2026-01-16")).doesNotExist();
  }

  @Test
  void summaryJsonReconcilesAndMarksSuccess() throws Exception {
    Path runDir = out.resolve("_runs/run_date=2026-01-15");
    assertThat(runDir.resolve("_SUCCESS")).exists();
    JsonNode j = new ObjectMapper().readTree(runDir.resolve("summary.json").toFile());
    assertThat(j.get("records_read").asLong()).isEqualTo(j.get("articles").asLong() + j.get("rejects").asLong());
    long perFile = 0;
    for (JsonNode f : j.get("per_file")) {
      assertThat(f.get("records_read").asLong()).isEqualTo(f.get("articles").asLong() + f.get("rejects").asLong());
      perFile += f.get("records_read").asLong();
    }
    assertThat(perFile).isEqualTo(17);
    assertThat(j.get("lede_version").asText()).isNotBlank();
    assertThat(j.get("rejects_by_reason").get("malformed_json").asLong()).isEqualTo(1);
    assertThat(j.get("durations").get("total_ms").asLong()).isPositive();
  }

  static RunSummary reprocess(Path input, Path output, String date) {
    return LedeJob.run(spark, new RunSpec(List.of(input.toString()), output.toString(), LocalDate.parse(date),
        LedeConfig.defaults(), null, true));
  }

  @Test
  void rerunForTheSameDateReplacesOnlyThatDate() throws Exception {
    Path o = tmp.resolve("rerun");
    reprocess(SAMPLES, o, "2026-01-10");
    reprocess(SAMPLES, o, "2026-01-11");
    reprocess(SAMPLES.resolve("txt"), o, "2026-01-11");
    assertThat(table(o, "articles", "2026-01-10").count()).isEqualTo(15);
    // the rerun read only the txt folder: exactly its 6 articles, once each, and no stale rejects
    assertThat(table(o, "articles", "2026-01-11").count()).isEqualTo(6);
    assertThat(table(o, "articles", "2026-01-11").select("article_id").distinct().count()).isEqualTo(6);
    assertThat(o.resolve("rejects/run_date=2026-01-11")).doesNotExist();
    assertThat(table(o, "rejects", "2026-01-10").count()).isEqualTo(2);
    reprocess(SAMPLES.resolve("txt"), o, "2026-01-11");
    assertThat(table(o, "articles", "2026-01-11").count()).isEqualTo(6);
    try (var files = Files.list(o.resolve("articles"))) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("run_date=")))
          .containsExactlyInAnyOrder("run_date=2026-01-10", "run_date=2026-01-11");
    }
  }
}
