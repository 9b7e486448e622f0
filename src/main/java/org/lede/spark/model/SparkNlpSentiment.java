package org.lede.spark.model;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.lede.config.ConfigError;
import org.lede.sentiment.ModelLabels;
import org.lede.sentiment.SentimentScores;

/**
 * The sparknlp sentiment engine: a saved Spark NLP PipelineModel applied to paragraph text (column "text").
 * The model's sentiment or category annotations become paragraph scores through {@link ModelLabels}.
 */
public final class SparkNlpSentiment {
  static final StructType SCORES = new StructType(new StructField[] {
      DataTypes.createStructField("uid", DataTypes.LongType, false),
      DataTypes.createStructField("paragraph_index", DataTypes.IntegerType, false),
      DataTypes.createStructField("m_compound", DataTypes.DoubleType, true),
      DataTypes.createStructField("m_positive", DataTypes.DoubleType, true),
      DataTypes.createStructField("m_neutral", DataTypes.DoubleType, true),
      DataTypes.createStructField("m_negative", DataTypes.DoubleType, true),
      DataTypes.createStructField("m_label", DataTypes.StringType, true)});

  private final PipelineModel model;
  private final String outputColumn;

  private SparkNlpSentiment(PipelineModel model, String outputColumn) {
    this.model = model;
    this.outputColumn = outputColumn;
  }

  /**
   * Loads and checks the model before any input is read: the path must exist, load as a PipelineModel and
   * produce a sentiment or category annotation column on a one-row probe.
   */
  public static SparkNlpSentiment load(SparkSession spark, String path) {
    String fix = " Train one with `lede train-sentiment`, or unzip a Spark NLP pipeline that needs no TensorFlow "
        + "or ONNX runtime (for example a Vivekn or SentimentDetector pipeline) and point sentiment.model at its "
        + "folder; or use sentiment.engine = lexicon.";
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(p)) {
        throw new ConfigError("sentiment.model: " + path + " does not exist." + fix);
      }
      if (!fs.exists(new Path(p, "metadata")) || !fs.exists(new Path(p, "stages"))) {
        throw new ConfigError("sentiment.model: " + path + " is not a saved Spark PipelineModel "
            + "(no metadata/ and stages/ folders)." + fix);
      }
    } catch (java.io.IOException e) {
      throw new ConfigError("sentiment.model: cannot read " + path + ": " + e.getMessage() + fix, e);
    }
    PipelineModel model;
    try {
      model = PipelineModel.load(path);
    } catch (Exception | LinkageError e) {
      throw new ConfigError("sentiment.model: " + path + " could not be loaded (" + rootMessage(e) + ")." + fix, e);
    }
    Dataset<Row> probe;
    try {
      probe = model.transform(spark.createDataFrame(List.of(RowFactory.create("A good day.")),
          new StructType().add("text", DataTypes.StringType)));
    } catch (Exception | LinkageError e) {
      throw new ConfigError("sentiment.model: " + path + " failed on a test sentence (" + rootMessage(e) + ")."
          + fix, e);
    }
    String out = null;
    for (StructField f : probe.schema().fields()) {
      if (f.metadata().contains("annotatorType")) {
        String type = f.metadata().getString("annotatorType");
        if (type.equals("sentiment") || type.equals("category")) {
          out = f.name();
        }
      }
    }
    if (out == null) {
      throw new ConfigError("sentiment.model: " + path + " produces no sentiment or category annotations." + fix);
    }
    return new SparkNlpSentiment(model, out);
  }

  /**
   * Scores paragraphs.
   *
   * @param paragraphs rows with uid, paragraph_index and text
   * @return uid, paragraph_index and the m_* score columns
   */
  public Dataset<Row> score(Dataset<Row> paragraphs) {
    Dataset<Row> annotated = model.transform(paragraphs.select("uid", "paragraph_index", "text"))
        .select(col("uid"), col("paragraph_index"), col(outputColumn + ".result").as("labels"),
            col(outputColumn + ".metadata").as("meta"));
    return annotated.map((MapFunction<Row, Row>) r -> {
      List<String> labels = r.isNullAt(2) ? List.of() : r.getList(2);
      List<Map<String, String>> meta = new ArrayList<>();
      if (!r.isNullAt(3)) {
        for (Object m : r.getList(3)) {
          meta.add(m == null ? Map.of() : scala.collection.JavaConverters.mapAsJavaMap(
              (scala.collection.Map<String, String>) m));
        }
      }
      SentimentScores s = ModelLabels.score(labels, meta);
      return s == null
          ? RowFactory.create(r.getLong(0), r.getInt(1), null, null, null, null, null)
          : RowFactory.create(r.getLong(0), r.getInt(1), s.compound(), s.positive(), s.neutral(), s.negative(),
              SentimentScores.label(s.compound()));
    }, Encoders.row(SCORES));
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }
}
