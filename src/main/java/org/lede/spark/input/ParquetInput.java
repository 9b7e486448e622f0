package org.lede.spark.input;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.lede.analysis.AnalysisContext;
import org.lede.process.ArticleProcessor;
import org.lede.config.LedeConfig;
import org.lede.ingest.Fields;
import org.lede.ingest.IngestOptions;
import org.lede.ingest.JsonFields;
import org.lede.ingest.ReadResult;
import org.lede.ingest.Reject;
import org.lede.ingest.RejectReason;
import org.lede.spark.output.Schemas;

/**
 * Parquet input, read with Spark's own Parquet reader so row groups are read in parallel. Each file's footer
 * is checked first (in a Spark job): a file that is not Parquet or is damaged is one reject
 * ({@code corrupt_parquet}), a file with none of the configured text columns another
 * ({@code missing_text_column}), and the run goes on. Rows are mapped by the same rules as JSON records
 * ({@link JsonFields}: struct fields by path, {@code array<string>} authors): each row's mapped columns are
 * seen as one JSON object. A row's locator is its index in the file ("row 12").
 */
public final class ParquetInput {
  private ParquetInput() {}

  /** A file's footer: the columns it has, or why it cannot be read. */
  private record Footer(String path, String schema, List<String> columns, String error) {
    /** As plain strings, which every Spark serializer carries (Kryo cannot build records). */
    String[] toStrings() {
      return new String[] {path, schema, columns == null ? null : String.join("\u0000", columns), error};
    }

    static Footer of(String[] s) {
      return new Footer(s[0], s[1], s[2] == null ? null : List.of(s[2].split("\u0000", -1)), s[3]);
    }
  }

  /** Outcome rows ({@link Schemas#OUTCOME}) for the Parquet files among the inputs. */
  public static Dataset<Row> outcomes(SparkSession spark, List<InputFile> files, HadoopConf conf, LedeConfig config,
      AnalyzeFiles rows, Instant processedAt, ReadCounters counters) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<Footer> footers = new ArrayList<>();
    for (String[] f : jsc.parallelize(files, Math.max(1, Math.min(files.size(), jsc.defaultParallelism() * 4)))
        .map(f -> footer(f, conf).toStrings()).collect()) {
      footers.add(Footer.of(f));
    }
    IngestOptions options = config.ingest;
    List<Row> rejects = new ArrayList<>();
    counters.files.add(files.size()); // a Parquet file counts as read once its footer is
    counters.bytes.add(files.stream().mapToLong(InputFile::size).sum());
    Timestamp at = new Timestamp(processedAt.toEpochMilli());
    Map<String, List<Footer>> bySchema = new LinkedHashMap<>();
    for (Footer f : footers) {
      if (f.error() != null) {
        rejects.add(rows.rejectRow(Reject.of(f.path(), "file", RejectReason.CORRUPT_PARQUET,
            "not a readable Parquet file: " + f.error(), null), at));
      } else if (topColumns(f.columns(), options.fields().get("text")).isEmpty()) {
        rejects.add(rows.rejectRow(Reject.of(f.path(), "file", RejectReason.MISSING_TEXT_COLUMN,
            "the file has no text column (looked for " + options.fields().get("text") + "; it has "
                + f.columns() + ")", null), at));
      } else {
        bySchema.computeIfAbsent(f.schema(), k -> new ArrayList<>()).add(f);
      }
    }
    Dataset<Row> out = spark.createDataFrame(rejects, Schemas.OUTCOME);
    for (List<Footer> group : bySchema.values()) {
      List<String> mapped = new ArrayList<>();
      for (String field : IngestOptions.LOGICAL_FIELDS) {
        for (String c : topColumns(group.get(0).columns(), options.fields().get(field))) {
          if (!mapped.contains(c)) {
            mapped.add(c);
          }
        }
      }
      Map<String, String> original = new HashMap<>();
      String[] paths = new String[group.size()];
      for (int i = 0; i < paths.length; i++) {
        paths[i] = group.get(i).path();
        original.put(new Path(paths[i]).toUri().toString(), paths[i]);
      }
      Column[] columns = mapped.stream().map(c -> col("`" + c.replace("`", "``") + "`")).toArray(Column[]::new);
      Dataset<Row> json = spark.read().parquet(paths)
          .select(col("_metadata.file_path").as("file"), col("_metadata.row_index").as("row"),
              to_json(struct(columns)).as("json"));
      out = out.union(spark.createDataFrame(json.javaRDD().mapPartitions(new MapRows(rows, config, original, at)),
          Schemas.OUTCOME));
    }
    return out;
  }

  private static Footer footer(InputFile f, HadoopConf conf) {
    try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromPath(new Path(f.path()), conf.get()))) {
      MessageType schema = r.getFooter().getFileMetaData().getSchema();
      List<String> columns = new ArrayList<>();
      for (Type t : schema.getFields()) {
        columns.add(t.getName());
      }
      return new Footer(f.path(), schema.toString(), columns, null);
    } catch (IOException | RuntimeException e) {
      return new Footer(f.path(), null, null, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  /** The file's top-level columns that a field's configured names (or their first path segment) name. */
  private static Set<String> topColumns(List<String> columns, List<String> names) {
    Set<String> out = new LinkedHashSet<>();
    for (String n : names) {
      String head = n.contains(".") ? n.substring(0, n.indexOf('.')) : n;
      for (String c : columns) {
        if (c.equalsIgnoreCase(n) || c.equalsIgnoreCase(head)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** Parquet rows, as JSON objects of their mapped columns, to outcome rows. */
  private static final class MapRows implements FlatMapFunction<Iterator<Row>, Row> {
    private static final long serialVersionUID = 1L;
    private final AnalyzeFiles rows;
    private final LedeConfig config;
    private final Map<String, String> original;
    private final Timestamp at;

    MapRows(AnalyzeFiles rows, LedeConfig config, Map<String, String> original, Timestamp at) {
      this.rows = rows;
      this.config = config;
      this.original = original;
      this.at = at;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> in) {
      AnalysisContext context = new AnalysisContext();
      ArticleProcessor processor = rows.processor(context);
      ObjectMapper json = new ObjectMapper();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          if (!in.hasNext()) {
            context.close();
            return false;
          }
          return true;
        }

        @Override
        public Row next() {
          Row r = in.next();
          String file = original.getOrDefault(r.getString(0), r.getString(0));
          long index = r.getLong(1);
          String locator = "row " + index;
          ReadResult result;
          try {
            JsonNode node = json.readTree(r.getString(2));
            result = Fields.build(file, locator, index, new JsonFields(node, config.ingest), List.of(),
                r.getString(2));
          } catch (IOException e) {
            result = Reject.of(file, locator, RejectReason.INVALID_FIELD,
                "the row's columns cannot be read: " + e.getMessage(), null);
          }
          return rows.toRow(result, processor, at);
        }
      };
    }
  }

  public static boolean isParquet(InputFile f, IngestOptions options) {
    return options.format() == org.lede.ingest.Format.PARQUET
        || options.format() == null && org.lede.ingest.Format.detect(f.path()) == org.lede.ingest.Format.PARQUET;
  }

}
