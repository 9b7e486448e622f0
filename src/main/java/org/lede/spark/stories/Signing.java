package org.lede.spark.stories;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.lede.stories.Fingerprint;
import org.lede.stories.MinHash;
import org.lede.stories.Packed;

/**
 * Step 1 of the story step: each of the run's articles signed, its own sample (the paragraphs that many of the
 * run's articles carry left out, {@link Fingerprint#own}) and its band keys ({@link MinHash#withPrefixes}),
 * with the key that orders it among a story's articles (earliest first), the key of its exact text
 * ({@link Fingerprint#textKey}), and what the {@code stories} table shows of it: the run's articles are read
 * once for the whole step.
 */
final class Signing {
  private Signing() {}

  /** A signed article; read by field name. */
  static final StructType SIGNED = new StructType()
      .add("uid", DataTypes.LongType, false)
      .add("article_id", DataTypes.StringType, false)
      .add("source", DataTypes.StringType)
      .add("url", DataTypes.StringType)
      .add("title", DataTypes.StringType)
      .add("summary", DataTypes.StringType)
      .add("seen_at", DataTypes.TimestampType, false)
      .add("key", DataTypes.StringType, false)
      .add("text_key", DataTypes.LongType, false)
      .add("sample", DataTypes.BinaryType, false)
      .add("bands", DataTypes.BinaryType, false);

  /**
   * Positions of the fields read from signed rows, by name. The rows carry no schema: a persisted row with
   * one makes Spark's size estimate walk the schema for every row it samples (a third of signing's time).
   */
  static final int UID = SIGNED.fieldIndex("uid");
  static final int ARTICLE_ID = SIGNED.fieldIndex("article_id");
  static final int SOURCE = SIGNED.fieldIndex("source");
  static final int URL = SIGNED.fieldIndex("url");
  static final int TITLE = SIGNED.fieldIndex("title");
  static final int SUMMARY = SIGNED.fieldIndex("summary");
  static final int SEEN_AT = SIGNED.fieldIndex("seen_at");
  static final int KEY = SIGNED.fieldIndex("key");
  static final int TEXT_KEY = SIGNED.fieldIndex("text_key");
  static final int SAMPLE = SIGNED.fieldIndex("sample");
  static final int BANDS = SIGNED.fieldIndex("bands");

  /** The order key's time format: sortable as text. */
  static final String TIME = "yyyy-MM-dd'T'HH:mm:ss.SSSSSS";

  /**
   * The run's articles ({@code today}: uid, article_id, source, url, title, summary, seen_at, fingerprint)
   * signed and persisted.
   */
  static JavaRDD<Row> sign(Dataset<Row> today, Broadcast<long[]> repeated, double minOwnShare) {
    return today.select(col("uid"), col("article_id"), col("source"), col("url"), col("title"), col("summary"),
            col("seen_at"),
            concat_ws("|", lit("1"), date_format(col("seen_at"), TIME), col("article_id")).as("key"),
            col("fingerprint")).javaRDD()
        .mapPartitions(new Sign(repeated, minOwnShare))
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  private static final class Sign implements FlatMapFunction<Iterator<Row>, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<long[]> repeated;
    private final double minOwnShare;

    Sign(Broadcast<long[]> repeated, double minOwnShare) {
      this.repeated = repeated;
      this.minOwnShare = minOwnShare;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      long[] rep = repeated.value();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row r = rows.next();
          Row f = r.getAs("fingerprint");
          List<Long> hashes = f.getList(f.fieldIndex("paragraph_hashes"));
          Fingerprint fp = new Fingerprint(Packed.unpack(f.getAs("values")), Packed.unpack(f.getAs("paragraph_ends")),
              hashes.stream().mapToLong(Long::longValue).toArray());
          int[] sample = fp.own(h -> Arrays.binarySearch(rep, h) >= 0, minOwnShare);
          return RowFactory.create(r.getAs("uid"), r.getAs("article_id"), r.getAs("source"),
              r.getAs("url"), r.getAs("title"), r.getAs("summary"), r.getAs("seen_at"), r.getAs("key"),
              fp.textKey(), Packed.pack(sample), Packed.packLongs(MinHash.withPrefixes(sample)));
        }
      };
    }
  }
}
