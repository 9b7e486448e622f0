package org.lede.spark.stories;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongPredicate;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.lede.spark.output.OutputLayout;
import org.lede.stories.BandSketch;
import org.lede.stories.CandidatePairs;
import org.lede.stories.CopyTest;
import org.lede.stories.MinHash;
import org.lede.stories.Packed;
import scala.Tuple2;

/**
 * Steps 3 and 4 of the story step: the candidate pairs, then the pairs that are copies.
 * <ol>
 *   <li>One pass over the run's signed articles sketches which band keys they have, and which more than once
 *       ({@link BandSketch}, built in parts where its keys meet).
 *   <li>The earlier nights' index in the window is scanned once; only its articles whose bands the run may
 *       have are kept, with their samples.
 *   <li>Only the bands that may hold another article are gathered, as band and node; in each band every
 *       member is paired with the band's representative only, and a pair met in several bands counts once
 *       ({@link CandidatePairs}).
 *   <li>The paired articles' samples meet pair by pair in one shuffle and are compared ({@link CopyTest});
 *       what comes back is the numbers of the pairs that are copies.
 * </ol>
 */
final class Candidates {
  /** An article that may be in a pair: its node, sample, order key and story (its own id, or an earlier story). */
  static final StructType SIDE = new StructType()
      .add("node", DataTypes.LongType, false)
      .add("sample", DataTypes.BinaryType, false)
      .add("key", DataTypes.StringType)
      .add("story", DataTypes.StringType);

  final CandidatePairs pairs;
  final JavaRDD<Row> sides;
  final JavaRDD<Row> earlierMatched;
  final long earlierArticles;

  private Candidates(CandidatePairs pairs, JavaRDD<Row> sides, JavaRDD<Row> earlierMatched, long earlierArticles) {
    this.pairs = pairs;
    this.sides = sides;
    this.earlierMatched = earlierMatched;
    this.earlierArticles = earlierArticles;
  }

  /**
   * The candidate pairs among {@code compared} ({@link Signing#SIGNED} rows, read by position, {@code articles} of them) and the
   * window's index {@code earlier} (rows with a {@code node}; null when there is none).
   */
  static Candidates find(JavaSparkContext jsc, JavaRDD<Row> compared, long articles, Dataset<Row> earlier) {
    Broadcast<BandSketch> runBands = jsc.broadcast(sketch(jsc, compared, articles));
    List<long[]> members = new ArrayList<>();
    JavaRDD<Row> sides = compared.map(r -> side(r.getLong(Signing.UID), (byte[]) r.get(Signing.SAMPLE),
        r.getString(Signing.KEY), r.getString(Signing.ARTICLE_ID)));
    JavaRDD<Row> earlierMatched = null;
    long[] sharedWithEarlier = new long[0];
    long earlierArticles = 0;
    if (earlier != null) {
      earlierArticles = earlier.count();
      earlierMatched = earlier.select(col("node"), col("sample"),
              concat_ws("|", lit("0"), col(OutputLayout.RUN_DATE).cast("string"),
                  date_format(col("seen_at"), Signing.TIME), col("story_id")).as("key"),
              col("story_id").as("story"), col("bands")).javaRDD()
          .filter(r -> members(r.getAs("node"), r.getAs("bands"), b -> runBands.value().mightHaveSeen(b)).hasNext())
          .persist(StorageLevel.MEMORY_AND_DISK());
      members.addAll(earlierMatched
          .flatMap(r -> members(r.getAs("node"), r.getAs("bands"), b -> runBands.value().mightHaveSeen(b)))
          .collect());
      sharedWithEarlier = members.stream().mapToLong(m -> m[0]).distinct().sorted().toArray();
      sides = sides.union(earlierMatched.map(r -> side(r.getAs("node"), r.getAs("sample"), r.getAs("key"),
          r.getAs("story"))));
    }
    Broadcast<long[]> earlierBands = jsc.broadcast(sharedWithEarlier);
    // the run's articles in a bucket that may hold another article (the sketch never misses one)
    members.addAll(compared
        .flatMap(r -> members(r.getLong(Signing.UID), (byte[]) r.get(Signing.BANDS),
            b -> runBands.value().mightRepeat(b) || Arrays.binarySearch(earlierBands.value(), b) >= 0))
        .collect());
    runBands.unpersist();
    earlierBands.unpersist();
    return new Candidates(CandidatePairs.ofMembers(members), sides, earlierMatched, earlierArticles);
  }

  /** The numbers of the candidate pairs that are copies. */
  List<Integer> verify(JavaSparkContext jsc) {
    Broadcast<CandidatePairs> shared = jsc.broadcast(pairs);
    List<Integer> verified = sides
        .flatMapToPair(r -> {
          int[] ps = shared.value().pairsOf(r.<Long>getAs("node"));
          if (ps.length == 0) {
            return Collections.emptyIterator();
          }
          byte[] sorted = Packed.pack(CopyTest.sorted(Packed.unpack(r.getAs("sample"))));
          List<Tuple2<Integer, byte[]>> out = new ArrayList<>(ps.length);
          for (int p : ps) {
            out.add(new Tuple2<>(p, sorted));
          }
          return out.iterator();
        })
        .groupByKey(jsc.defaultParallelism())
        .flatMap(g -> {
          Iterator<byte[]> two = g._2().iterator();
          byte[] x = two.next();
          return two.hasNext() && CopyTest.isCopyOfSorted(Packed.unpack(x), Packed.unpack(two.next()))
              ? List.of(g._1()).iterator() : Collections.<Integer>emptyIterator();
        })
        .collect();
    shared.unpersist();
    return verified;
  }

  /** The sides (node, order key, story) of the given nodes. */
  List<Row> sidesOf(JavaSparkContext jsc, long[] nodes) {
    if (nodes.length == 0) {
      return List.of();
    }
    Broadcast<long[]> wanted = jsc.broadcast(nodes);
    List<Row> out = sides.filter(r -> Arrays.binarySearch(wanted.value(), r.<Long>getAs("node")) >= 0).collect();
    wanted.unpersist();
    return out;
  }

  void release() {
    if (earlierMatched != null) {
      earlierMatched.unpersist();
    }
  }

  private static Row side(long node, byte[] sample, String key, String story) {
    return new GenericRowWithSchema(new Object[] {node, sample, key, story}, SIDE);
  }

  /**
   * The sketch of the signed rows' band keys, built in parts of at most 4 MB, about one per core or more: each
   * input partition sends each part its keys in one array, and each part is built where its keys meet.
   */
  private static BandSketch sketch(JavaSparkContext jsc, JavaRDD<Row> signed, long articles) {
    int words = BandSketch.wordsFor(Math.max(1, articles) * MinHash.KEYS);
    int parts = (int) Math.min(words, Math.max(jsc.defaultParallelism(), ((long) words >> 18) + 1));
    List<BandSketch> built = signed
        .map(r -> Packed.unpackLongs((byte[]) r.get(Signing.BANDS)))
        .mapPartitionsToPair(bands -> {
          long[][] byPart = BandSketch.byPart(bands, words, parts);
          List<Tuple2<Integer, long[]>> out = new ArrayList<>();
          for (int p = 0; p < parts; p++) {
            if (byPart[p] != null) {
              out.add(new Tuple2<>(p, byPart[p]));
            }
          }
          return out.iterator();
        })
        .partitionBy(new HashPartitioner(parts)) // an Integer's hash is itself: part p in partition p
        .mapPartitionsWithIndex((part, keys) -> {
          BandSketch sk = BandSketch.part(words, parts, part);
          while (keys.hasNext()) {
            for (long band : keys.next()._2()) {
              sk.add(band);
            }
          }
          return List.of(sk).iterator();
        }, true)
        .collect();
    return BandSketch.join(built);
  }

  /** An article's {@code [band, node]} for each of its bands that may have another article in its bucket. */
  private static Iterator<long[]> members(long node, byte[] bands, LongPredicate shared) {
    List<long[]> out = new ArrayList<>(2);
    for (long band : Packed.unpackLongs(bands)) {
      if (shared.test(band)) {
        out.add(new long[] {band, node});
      }
    }
    return out.iterator();
  }
}
