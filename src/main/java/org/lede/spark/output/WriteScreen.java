package org.lede.spark.output;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.execution.datasources.parquet.ParquetWriteSupport;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Finds the rows of a table that Spark's Parquet writer refuses, and the column and value of each: the
 * second line of defence behind {@link org.lede.process.TableValues}. It runs only after a write failed.
 *
 * <p>Every row goes through the writer Spark itself uses ({@code ParquetWriteSupport}, with the session's
 * settings, into a real Parquet writer whose bytes are thrown away); a row that throws is tried again one column
 * at a time to name the column. A failure at a page boundary (rather than in a value) is put on the row that
 * crossed it. Cost: one pass over the table's rows, paid only by a run whose write failed.
 */
public final class WriteScreen {
  private WriteScreen() {}

  /** A row the writer refuses. */
  public record Unwritable(long uid, String column, String value, String error) implements Serializable {
    /** The reject reason: the column, its value and what the writer said. */
    public String reason() {
      return "the value of column " + column + " cannot be written to Parquet (" + error + "): " + value;
    }
  }

  public static final StructType UNWRITABLE = new StructType(new StructField[] {
      DataTypes.createStructField("uid", DataTypes.LongType, false),
      DataTypes.createStructField("column", DataTypes.StringType, false),
      DataTypes.createStructField("value", DataTypes.StringType, true),
      DataTypes.createStructField("error", DataTypes.StringType, false)});

  /**
   * The rows of {@code rows} (a table's rows with the outcome's {@code uid}, which is not written) that the
   * writer refuses, at most {@code max} of them.
   */
  public static List<Unwritable> screen(Dataset<Row> rows, int max) {
    StructType schema = rows.schema();
    int uidAt = schema.fieldIndex("uid");
    StructType written = new StructType();
    for (StructField f : schema.fields()) {
      if (!f.name().equals("uid")) {
        written = written.add(f);
      }
    }
    StructType table = written;
    List<Unwritable> out = new ArrayList<>();
    for (Row r : rows.mapPartitions((MapPartitionsFunction<Row, Row>) it -> screen(it, table, uidAt),
        Encoders.row(UNWRITABLE)).limit(max).collectAsList()) {
      out.add(new Unwritable(r.getLong(0), r.getString(1), r.getString(2), r.getString(3)));
    }
    return out;
  }

  private static Iterator<Row> screen(Iterator<Row> rows, StructType table, int uidAt) throws IOException {
    List<Row> bad = new ArrayList<>();
    Trial trial = new Trial(table);
    while (rows.hasNext()) {
      Row r = rows.next();
      long uid = r.getLong(uidAt);
      Object[] values = new Object[table.size()];
      for (int i = 0, k = 0; i < r.size(); i++) {
        if (i != uidAt) {
          values[k++] = r.get(i);
        }
      }
      Row row = RowFactory.create(values);
      String error = trial.write(row);
      if (error != null) {
        trial = new Trial(table); // the writer's state after a failure is not to be trusted
        int column = column(table, values);
        String text = column < 0 ? null : text(values[column]);
        bad.add(RowFactory.create(uid, column < 0 ? "(the row)" : table.fields()[column].name(),
            text == null || text.length() <= 200 ? text : text.substring(0, 200) + "\u2026", error));
      }
    }
    String last = trial.close();
    if (last != null && bad.isEmpty()) {
      bad.add(RowFactory.create(-1L, "(the last page)", null, last));
    }
    return bad.iterator();
  }

  /** A value as a reader of the reject should see it (a timestamp as an ISO-8601 instant). */
  private static String text(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof java.sql.Timestamp t) {
      return t.toInstant().toString();
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    return v instanceof scala.collection.Seq<?> q ? q.mkString("[", ", ", "]") : String.valueOf(v);
  }

  /** The first column whose value alone the writer refuses, or -1. */
  private static int column(StructType table, Object[] values) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        continue;
      }
      StructType one = new StructType(new StructField[] {table.fields()[i]});
      Trial t = new Trial(one);
      String e = t.write(RowFactory.create(values[i]));
      if (e == null) {
        e = t.close();
      }
      if (e != null) {
        return i;
      }
    }
    return -1;
  }

  /** Spark's Parquet writer over an output that keeps nothing. */
  private static final class Trial {
    private final ExpressionEncoder.Serializer<Row> serializer;
    private final ParquetWriter<InternalRow> writer;

    @SuppressWarnings("unchecked")
    Trial(StructType schema) {
      this.serializer = ((ExpressionEncoder<Row>) Encoders.row(schema)).createSerializer();
      SQLConf sql = SQLConf.get();
      Configuration conf = new Configuration(false);
      conf.set(ParquetWriteSupport.SPARK_ROW_SCHEMA(), schema.json());
      conf.set(SQLConf.PARQUET_WRITE_LEGACY_FORMAT().key(), Boolean.toString(sql.writeLegacyParquetFormat()));
      conf.set(SQLConf.PARQUET_OUTPUT_TIMESTAMP_TYPE().key(), sql.parquetOutputTimestampType().toString());
      conf.set(SQLConf.PARQUET_FIELD_ID_WRITE_ENABLED().key(), Boolean.toString(sql.parquetFieldIdWriteEnabled()));
      try {
        this.writer = new Builder(new Discard()).withConf(conf).withRowGroupSize(1L << 20).withPageSize(1 << 16)
            .build();
      } catch (IOException e) {
        throw new IllegalStateException("cannot set up the Parquet writer to screen rows", e);
      }
    }

    /** Null when the row is written, else the writer's complaint. */
    String write(Row row) {
      try {
        writer.write(serializer.apply(row));
        return null;
      } catch (RuntimeException | IOException e) {
        return message(e);
      }
    }

    String close() {
      try {
        writer.close();
        return null;
      } catch (RuntimeException | IOException e) {
        return message(e);
      }
    }

    private static String message(Throwable e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
      m = m.replaceAll("\\s+", " ").strip();
      return m.length() <= 300 ? m : m.substring(0, 300) + "\u2026";
    }
  }

  private static final class Builder extends ParquetWriter.Builder<InternalRow, Builder> {
    Builder(OutputFile file) {
      super(file);
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<InternalRow> getWriteSupport(Configuration conf) {
      return new ParquetWriteSupport();
    }
  }

  /** A Parquet output file that counts its bytes and keeps none. */
  private static final class Discard implements OutputFile {
    @Override
    public PositionOutputStream create(long blockSizeHint) {
      return new PositionOutputStream() {
        private long pos;

        @Override
        public long getPos() {
          return pos;
        }

        @Override
        public void write(int b) {
          pos++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
          pos += len;
        }
      };
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) {
      return create(blockSizeHint);
    }

    @Override
    public boolean supportsBlockSize() {
      return false;
    }

    @Override
    public long defaultBlockSize() {
      return 0;
    }
  }
}
