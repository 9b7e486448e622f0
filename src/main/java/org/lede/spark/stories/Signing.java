package org.lede.spark.stories;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * with the key that orders it among a story's articles (earliest first), the key of its exact text and what
 * the index keeps of it.
 */
final class Signing {
  private Signing() {}

  /** A signed article; read by field name. */
  static final StructType SIGNED = new StructType()
      .add("uid", DataTypes.LongType, false)
      .add("article_id", DataTypes.StringType, false)
      .add("source", DataTypes.StringType)
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
  static final int KEY = SIGNED.fieldIndex("key");
  static final int TEXT_KEY = SIGNED.fieldIndex("text_key");
  static final int SAMPLE = SIGNED.fieldIndex("sample");
  static final int BANDS = SIGNED.fieldIndex("bands");

  /** The order key's time format: sortable as text (in Spark SQL, for the earlier nights' keys, and in Java). */
  static final String TIME = "yyyy-MM-dd'T'HH:mm:ss.SSSSSS";
  static final java.time.format.DateTimeFormatter TIME_FORMAT =
      java.time.format.DateTimeFormatter.ofPattern(TIME).withZone(java.time.ZoneOffset.UTC);

  /** The run's articles ({@code today}: uid and {@link org.lede.spark.output.Schemas#STORY_INPUT}) signed and persisted. */
  static JavaRDD<Row> sign(Dataset<Row> today, Broadcast<long[]> repeated, double minOwnShare) {
    return today.select(col("uid"), col("article_id"), col("source"), col("seen_at"), col("key"), col("text_key"),
            col("values"), col("paragraph_ends"), col("paragraph_hashes")).javaRDD()
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

    /** Signatures kept per task for texts met again: exact copies are signed once, mostly. */
    private static final int REMEMBERED = 10_000;

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      long[] rep = repeated.value();
      // an exact copy (the same text key) has the same sample and band keys: a copy met again in the task takes
      // the signature of its text's first one instead of signing again
      Map<Long, byte[][]> signed = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, byte[][]> eldest) {
          return size() > REMEMBERED;
        }
      };
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row r = rows.next();
          long text = r.<Long>getAs("text_key");
          byte[][] signature = signed.computeIfAbsent(text, k -> {
            List<Long> hashes = r.getList(r.fieldIndex("paragraph_hashes"));
            Fingerprint fp = new Fingerprint(Packed.unpack(r.getAs("values")),
                Packed.unpack(r.getAs("paragraph_ends")), hashes.stream().mapToLong(Long::longValue).toArray());
            int[] sample = fp.own(h -> Arrays.binarySearch(rep, h) >= 0, minOwnShare);
            return new byte[][] {Packed.pack(sample), Packed.packLongs(MinHash.withPrefixes(sample))};
          });
          return RowFactory.create(r.getAs("uid"), r.getAs("article_id"), r.getAs("source"), r.getAs("seen_at"),
              r.getAs("key"), text, signature[0], signature[1]);
        }
      };
    }
  }
}
