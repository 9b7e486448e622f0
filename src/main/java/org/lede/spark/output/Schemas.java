package org.lede.spark.output;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The output tables' columns: a contract documented in src/docs/output.md. Columns are only ever added, at the end,
 * never renamed. run_date (the partition column) is added when writing.
 */
public final class Schemas {
  private Schemas() {}

  public static final StructType ARTICLE = struct(
      f("article_id", StringType, false),
      f("source_path", StringType, false),
      f("source", StringType),
      f("url", StringType),
      f("title", StringType),
      f("byline", StringType),
      f("published_at", TimestampType),
      f("language", StringType),
      f("paragraph_count", IntegerType, false),
      f("sentence_count", IntegerType, false),
      f("word_count", IntegerType, false),
      f("syllable_count", IntegerType, false),
      f("flesch_reading_ease", DoubleType),
      f("flesch_kincaid_grade", DoubleType),
      f("gunning_fog", DoubleType),
      f("smog_index", DoubleType),
      f("coleman_liau_index", DoubleType),
      f("automated_readability_index", DoubleType),
      f("dale_chall_score", DoubleType),
      f("reading_grade", DoubleType),
      f("reading_level", StringType),
      f("sentiment_compound", DoubleType),
      f("sentiment_positive", DoubleType),
      f("sentiment_neutral", DoubleType),
      f("sentiment_negative", DoubleType),
      f("sentiment_label", StringType),
      f("summary", StringType),
      f("summary_sentence_indexes", createArrayType(IntegerType, false)),
      f("content_sha256", StringType, false),
      f("run_id", StringType, false),
      f("processed_at", TimestampType, false),
      // added after the first contract
      f("linsear_write", DoubleType),
      f("most_positive_paragraph", IntegerType),
      f("most_negative_paragraph", IntegerType),
      f("record_locator", StringType, false),
      f("flags", createArrayType(StringType, false), false),
      f("captured_at", TimestampType),
      f("raw_values", createMapType(StringType, StringType, false)),
      f("lix", DoubleType),
      f("rix", DoubleType),
      f("language_reading_ease", DoubleType),
      f("language_reading_formula", StringType));

  /**
   * The written {@code articles} table: {@link #ARTICLE} and the story the article belongs to, in the order the
   * columns were added to the contract ({@code story_id} before {@code raw_values}).
   */
  public static final StructType ARTICLES_TABLE = articlesTable();

  private static StructType articlesTable() {
    StructType t = new StructType();
    for (StructField field : ARTICLE.fields()) {
      if (field.name().equals("raw_values")) {
        t = t.add(f("story_id", StringType, false));
      }
      t = t.add(field);
    }
    return t;
  }

  public static final StructType PARAGRAPH = struct(
      f("article_id", StringType, false),
      f("paragraph_index", IntegerType, false),
      f("text", StringType, false),
      f("word_count", IntegerType, false),
      f("sentence_count", IntegerType, false),
      f("flesch_reading_ease", DoubleType),
      f("flesch_kincaid_grade", DoubleType),
      f("reading_grade", DoubleType),
      f("sentiment_compound", DoubleType),
      f("sentiment_positive", DoubleType),
      f("sentiment_neutral", DoubleType),
      f("sentiment_negative", DoubleType),
      f("sentiment_label", StringType),
      f("key_sentence", StringType),
      // added after the first contract
      f("reading_level", StringType),
      f("flags", createArrayType(StringType, false), false),
      f("lix", DoubleType),
      f("rix", DoubleType),
      f("language_reading_ease", DoubleType),
      f("language_reading_formula", StringType));

  public static final StructType REJECT = struct(
      f("source_path", StringType, false),
      f("record_locator", StringType, false),
      f("reason_code", StringType, false),
      f("reason", StringType, false),
      f("raw_excerpt", StringType),
      // added after the first contract
      f("run_id", StringType, false),
      f("processed_at", TimestampType, false));

  /** Records of a file that were passed over, of one kind (a web archive's request records, ...). */
  public static final StructType SKIPPED = struct(
      f("reason", StringType, false),
      f("records", LongType, false));

  /**
   * All that the story step reads of an article, in one column of its own (so that the step never decodes the
   * article's measures): its id, source, url, title and summary (the stories table shows them), when it was
   * seen (published, else captured, else processed), the key that orders it among a story's articles, the key
   * of its exact text ({@link org.lede.stories.Fingerprint#textKey}) and its shingle sample by paragraph
   * ({@link org.lede.stories.Fingerprint}), int arrays {@link org.lede.stories.Packed packed} into bytes.
   */
  public static final StructType STORY_INPUT = struct(
      f("article_id", StringType, false),
      f("source", StringType),
      f("url", StringType),
      f("title", StringType),
      f("summary", StringType),
      f("seen_at", TimestampType, false),
      f("key", StringType, false),
      f("text_key", LongType, false),
      f("values", BinaryType, false),
      f("paragraph_ends", BinaryType, false),
      f("paragraph_hashes", createArrayType(LongType, false), false));

  /**
   * The story step's index, one row per article and run date ({@code DIR/story_index/run_date=D}): later
   * nights compare their articles with it instead of re-reading the texts. The sample is an int array and the
   * band keys a long array, both {@link org.lede.stories.Packed packed} into bytes.
   */
  public static final StructType STORY_INDEX = struct(
      f("article_id", StringType, false),
      f("story_id", StringType, false),
      f("source", StringType),
      f("seen_at", TimestampType, false),
      f("sample", BinaryType, false),
      f("bands", BinaryType, false));

  /** One row per story that the run date's articles belong to. */
  public static final StructType STORY = struct(
      f("story_id", StringType, false),
      f("first_run_date", DateType, false),
      f("first_seen_at", TimestampType, false),
      f("first_source", StringType),
      f("first_url", StringType),
      f("title", StringType),
      f("summary", StringType),
      f("last_seen_at", TimestampType, false),
      f("articles", LongType, false),
      f("sources", LongType, false),
      f("articles_this_run", LongType, false),
      f("sources_this_run", LongType, false),
      f("new_this_run", BooleanType, false));

  /**
   * One row per input record, before it is split into the three tables: kind "article" or "reject"; and one
   * row of kind "skipped" per file and kind of record passed over, which is not an input record.
   */
  public static final StructType OUTCOME = struct(
      f("kind", StringType, false),
      f("source_path", StringType, false),
      f("article", ARTICLE),
      f("paragraphs", createArrayType(PARAGRAPH, false)),
      f("reject", REJECT),
      f("skipped", SKIPPED),
      f("story", STORY_INPUT));

  private static StructType struct(StructField... fields) {
    return new StructType(fields);
  }

  private static StructField f(String name, DataType type) {
    return createStructField(name, type, true);
  }

  private static StructField f(String name, DataType type, boolean nullable) {
    return createStructField(name, type, nullable);
  }
}
