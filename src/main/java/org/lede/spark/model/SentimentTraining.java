package org.lede.spark.model;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.trim;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.sda.vivekn.ViveknSentimentApproach;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.lede.config.ConfigError;

/**
 * Trains Spark NLP's Vivekn sentiment pipeline (DocumentAssembler, Tokenizer, ViveknSentimentApproach) on
 * labelled text and saves it for sentiment.engine = sparknlp. Vivekn learns only "positive" and "negative":
 * other labels (such as "neutral") are left out and counted.
 */
public final class SentimentTraining {
  private SentimentTraining() {}

  /** What a training run did. */
  public record Result(long used, long positive, long negative, long skipped) {}

  public static Result train(SparkSession spark, String input, String output, boolean overwrite) {
    String lowerPath = input.toLowerCase(Locale.ROOT).replaceAll("\\.gz$", "");
    Dataset<Row> raw;
    try {
      if (lowerPath.endsWith(".csv")) {
        raw = spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"").csv(input);
      } else if (lowerPath.endsWith(".jsonl") || lowerPath.endsWith(".json") || lowerPath.endsWith(".ndjson")) {
        raw = spark.read().json(input);
      } else {
        throw new ConfigError("--input " + input + ": expected a .jsonl or .csv file with text and label");
      }
    } catch (ConfigError e) {
      throw e;
    } catch (Exception e) {
      throw new ConfigError("--input " + input + ": " + e.getMessage(), e);
    }
    if (!Arrays.asList(raw.columns()).contains("text") || !Arrays.asList(raw.columns()).contains("label")) {
      throw new ConfigError("--input " + input + ": needs fields 'text' and 'label', found "
          + Arrays.toString(raw.columns()));
    }
    Dataset<Row> all = raw.select(col("text").cast("string"), lower(trim(col("label").cast("string"))).as("label"))
        .where(col("text").isNotNull()).cache();
    Dataset<Row> usable = all.where(col("label").isin("positive", "negative"));
    long total = all.count();
    long positive = usable.where(col("label").equalTo("positive")).count();
    long negative = usable.where(col("label").equalTo("negative")).count();
    if (positive == 0 || negative == 0) {
      throw new ConfigError("--input " + input + ": Vivekn needs both 'positive' and 'negative' examples, found "
          + positive + " positive and " + negative + " negative");
    }
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol("text");
    document.setOutputCol("document");
    Tokenizer token = new Tokenizer();
    token.setInputCols(new String[] {"document"});
    token.setOutputCol("token");
    ViveknSentimentApproach vivekn = new ViveknSentimentApproach();
    vivekn.setInputCols(new String[] {"document", "token"});
    vivekn.setOutputCol("sentiment");
    vivekn.setSentimentCol("label");
    PipelineModel model = new Pipeline().setStages(new PipelineStage[] {document, token, vivekn}).fit(usable);
    try {
      if (overwrite) {
        model.write().overwrite().save(output);
      } else {
        model.save(output);
      }
    } catch (IOException e) {
      throw new ConfigError("--output " + output + ": " + e.getMessage(), e);
    }
    all.unpersist();
    return new Result(positive + negative, positive, negative, total - positive - negative);
  }
}
