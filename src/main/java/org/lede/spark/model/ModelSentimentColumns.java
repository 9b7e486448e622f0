package org.lede.spark.model;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.lede.sentiment.SentimentScores;
import org.lede.spark.output.Schemas;

/**
 * Puts a model's paragraph scores into the paragraphs and articles tables in place of the lexicon's: the same
 * columns, the same aggregation (word-weighted mean of paragraph compounds, most positive and most negative
 * paragraph).
 */
public final class ModelSentimentColumns {
  private ModelSentimentColumns() {}

  private static final String[] SENTIMENT = {"sentiment_compound", "sentiment_positive", "sentiment_neutral",
      "sentiment_negative", "sentiment_label"};
  private static final String[] MODEL = {"m_compound", "m_positive", "m_neutral", "m_negative", "m_label"};

  public static Dataset<Row> paragraphs(Dataset<Row> paragraphs, Dataset<Row> scores) {
    Dataset<Row> joined = paragraphs.join(scores,
        scala.collection.JavaConverters.asScalaBuffer(List.of("uid", "paragraph_index")).toSeq(), "left");
    List<Column> cols = new ArrayList<>();
    cols.add(col("uid"));
    for (StructField f : Schemas.PARAGRAPH.fields()) {
      cols.add(replaced(f.name()));
    }
    return joined.select(cols.toArray(new Column[0]));
  }

  public static Dataset<Row> articles(Dataset<Row> articles, Dataset<Row> scoredParagraphs) {
    Dataset<Row> agg = scoredParagraphs.where(col("sentiment_compound").isNotNull())
        .groupBy("uid")
        .agg(expr("sum(word_count * sentiment_compound) / sum(word_count)").as("m_compound"),
            expr("sum(word_count * sentiment_positive) / sum(word_count)").as("m_positive"),
            expr("sum(word_count * sentiment_neutral) / sum(word_count)").as("m_neutral"),
            expr("sum(word_count * sentiment_negative) / sum(word_count)").as("m_negative"),
            expr("max_by(paragraph_index, sentiment_compound)").as("m_most_positive"),
            expr("min_by(paragraph_index, sentiment_compound)").as("m_most_negative"))
        .withColumn("m_label", expr(SentimentScores.labelSql("m_compound")));
    Dataset<Row> joined = articles.join(agg, "uid", "left");
    List<Column> cols = new ArrayList<>();
    cols.add(col("uid"));
    for (StructField f : Schemas.ARTICLE.fields()) {
      if (f.name().equals("most_positive_paragraph")) {
        cols.add(col("m_most_positive").as(f.name()));
      } else if (f.name().equals("most_negative_paragraph")) {
        cols.add(col("m_most_negative").as(f.name()));
      } else {
        cols.add(replaced(f.name()));
      }
    }
    return joined.select(cols.toArray(new Column[0]));
  }

  private static Column replaced(String name) {
    for (int i = 0; i < SENTIMENT.length; i++) {
      if (SENTIMENT[i].equals(name)) {
        return col(MODEL[i]).as(name);
      }
    }
    return col(name);
  }
}
