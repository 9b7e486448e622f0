package org.lede.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.config.ConfigError;
import org.lede.config.LedeConfig;
import org.lede.spark.model.SentimentTraining;
import org.lede.spark.model.SparkNlpSentiment;
import org.lede.spark.output.RunSummary;

/** sentiment.engine = sparknlp: train a Vivekn pipeline on our labelled fixture, save it, run the job with it. */
class SparkNlpSentimentSuite extends SparkSuite {
  static final Path RESOURCES = Path.of(System.getProperty("lede.project.dir", "."), "src/test/resources/sentiment");
  @TempDir static Path tmp;
  static Path model;
  static SentimentTraining.Result trained;

  @BeforeAll
  static void train() {
    model = tmp.resolve("model");
    trained = SentimentTraining.train(spark, RESOURCES.resolve("train.jsonl").toString(), model.toString(), false);
  }


  static LedeConfig withModel(String path) {
    return LedeConfig.load(null, List.of("sentiment.engine=sparknlp", "sentiment.model=\"" + path + "\""));
  }

  @Test
  void trainingUsesOnlyPositiveAndNegativeLabels() {
    assertThat(trained.positive()).isEqualTo(30);
    assertThat(trained.negative()).isEqualTo(30);
    assertThat(trained.skipped()).isEqualTo(2);
    assertThat(model.resolve("metadata")).isDirectory();
  }

  @Test
  void theJobScoresHeldOutParagraphsWithTheModel() {
    Path out = tmp.resolve("out");
    RunSummary s = LedeJob.run(spark, new RunSpec(List.of(RESOURCES.resolve("heldout.jsonl").toString()),
        out.toString(), LocalDate.parse("2026-03-01"), withModel(model.toString())));
    assertThat(s.articles()).isEqualTo(5);
    assertThat(s.sentimentEngine()).isEqualTo("sparknlp");
    Map<String, String> labels = spark.read().parquet(out.resolve("articles").toString()).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.<String>getAs("article_id"), r -> r.<String>getAs("sentiment_label")));
    assertThat(labels).containsEntry("h-pos-1", "positive").containsEntry("h-pos-2", "positive")
        .containsEntry("h-neg-1", "negative").containsEntry("h-neg-2", "negative");
    Row mixed = spark.read().parquet(out.resolve("articles").toString()).where("article_id = 'h-mixed'").first();
    assertThat(mixed.<Integer>getAs("most_positive_paragraph")).isEqualTo(0);
    assertThat(mixed.<Integer>getAs("most_negative_paragraph")).isEqualTo(1);
    List<Row> paras = spark.read().parquet(out.resolve("paragraphs").toString())
        .where("article_id = 'h-mixed'").orderBy("paragraph_index").collectAsList();
    assertThat(paras.get(0).<Double>getAs("sentiment_compound")).isPositive();
    assertThat(paras.get(1).<Double>getAs("sentiment_compound")).isNegative();
    assertThat(paras.get(0).<Double>getAs("sentiment_positive") + paras.get(0).<Double>getAs("sentiment_neutral")
        + paras.get(0).<Double>getAs("sentiment_negative")).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void badModelPathsFailBeforeAnyInputIsRead() throws Exception {
    Path out = tmp.resolve("never");
    List<String> nothing = List.of(tmp.resolve("no-input-needed").toString());
    assertThatThrownBy(() -> LedeJob.run(spark, new RunSpec(nothing, out.toString(), LocalDate.parse("2026-03-01"),
        withModel(tmp.resolve("missing").toString()))))
        .isInstanceOf(ConfigError.class).hasMessageContaining("does not exist").hasMessageContaining("train-sentiment");
    Path notModel = Files.createDirectories(tmp.resolve("not-a-model"));
    assertThatThrownBy(() -> SparkNlpSentiment.load(spark, notModel.toString()))
        .isInstanceOf(ConfigError.class).hasMessageContaining("not a saved Spark PipelineModel");
    // a model whose annotator class is not on the classpath (as a TensorFlow-backed model would be)
    Path broken = tmp.resolve("broken-model");
    copy(model, broken);
    try (Stream<Path> files = Files.walk(broken.resolve("stages"))) {
      for (Path f : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        if (f.getFileName().toString().endsWith(".crc")) {
          Files.delete(f); // the edit below would fail the checksum, which is not what this case tests
          continue;
        }
        if (!f.getParent().getFileName().toString().equals("metadata")) {
          continue;
        }
        String text = Files.readString(f);
        Files.writeString(f, text.replace("com.johnsnowlabs.nlp.annotators.sda.vivekn.ViveknSentimentModel",
            "com.johnsnowlabs.nlp.annotators.classifier.dl.NoSuchTensorflowModel"));
      }
    }
    assertThatThrownBy(() -> SparkNlpSentiment.load(spark, broken.toString()))
        .isInstanceOf(ConfigError.class).hasMessageContaining("could not be loaded");
    assertThat(out).doesNotExist();
  }

  @Test
  void engineSparknlpNeedsAModelPath() {
    assertThatThrownBy(() -> LedeConfig.load(null, List.of("sentiment.engine=sparknlp")))
        .isInstanceOf(ConfigError.class).hasMessageContaining("sentiment.model");
  }

  private static void copy(Path from, Path to) throws Exception {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.collect(Collectors.toList())) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }
}
