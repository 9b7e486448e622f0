package org.lede.spark.stories;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
 *   <li>One pass over the run's signed articles sketches which band keys and text keys they have, and which
 *       more than once ({@link BandSketch}, built in parts where its keys meet).
 *   <li>The earlier nights' index in the window is scanned once; only its articles whose bands the run may
 *       have are kept, with their samples.
 *   <li>Only the bands that may hold another article are gathered, as band and node, with the articles whose
 *       text may repeat; the exact copies among these are grouped on the driver, and only each text's earliest
 *       article stays in the bands. In each band every member is paired with the band's representative only,
 *       and a pair met in several bands counts once ({@link CandidatePairs}).
 *   <li>The paired articles' samples meet pair by pair in one shuffle and are compared ({@link CopyTest});
 *       what comes back is the sides of the pairs that are copies.
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
  /** The run's texts that several articles have word for word, by text key. */
  final Map<Long, RepeatedText> texts;
  /** The later articles of those texts (uids, sorted): their text's earliest article stands for them. */
  final long[] copies;
  /** {@link #copies} as the tasks that leave them out of {@link #sides} read it. */
  private final Broadcast<long[]> copiesShared;

  private Candidates(CandidatePairs pairs, JavaRDD<Row> sides, JavaRDD<Row> earlierMatched, long earlierArticles,
      Map<Long, RepeatedText> texts, long[] copies, Broadcast<long[]> copiesShared) {
    this.pairs = pairs;
    this.sides = sides;
    this.earlierMatched = earlierMatched;
    this.earlierArticles = earlierArticles;
    this.texts = texts;
    this.copies = copies;
    this.copiesShared = copiesShared;
  }

  /** A text key as the sketch holds it, apart from the band keys. */
  private static long textEntry(long textKey) {
    return textKey ^ 0x5DEECE66DL;
  }

  /** An article whose text the sketch says may repeat: its text key, order key, uid and id. */
  private record TextSeen(long textKey, String key, long uid, String articleId) implements java.io.Serializable {}

  /** What one partition of the run's signed articles gives the driver: band memberships and texts that may repeat. */
  private record Found(List<long[]> members, List<TextSeen> texts) implements java.io.Serializable {}

  /**
   * The candidate pairs among {@code signed} ({@link Signing#SIGNED} rows, read by position, {@code articles}
   * of them) and the window's index {@code earlier} (rows with a {@code node}; null when there is none). Exact
   * copies are found on the way: the sketch holds each article's text key beside its band keys, and the
   * articles whose text may repeat come to the driver with the band memberships, in the same pass.
   */
  static Candidates find(JavaSparkContext jsc, JavaRDD<Row> signed, long articles, Dataset<Row> earlier) {
    Broadcast<BandSketch> runBands = jsc.broadcast(sketch(jsc, signed, articles));
    List<long[]> members = new ArrayList<>();
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
    }
    Broadcast<long[]> earlierBands = jsc.broadcast(sharedWithEarlier);
    // the run's articles in a bucket that may hold another article (the sketch never misses one), and those
    // whose text may repeat
    List<long[]> runMembers = new ArrayList<>();
    List<TextSeen> seen = new ArrayList<>();
    for (Found f : signed.mapPartitions(rows -> List.of(gather(rows, runBands.value(), earlierBands.value()))
        .iterator()).collect()) {
      runMembers.addAll(f.members());
      seen.addAll(f.texts());
    }
    runBands.unpersist();
    earlierBands.unpersist();
    // exact copies: a text's earliest article stands for it; its other articles leave the comparisons
    Map<Long, RepeatedText> texts = new HashMap<>();
    Map<Long, List<TextSeen>> byText = new HashMap<>();
    seen.forEach(t -> byText.computeIfAbsent(t.textKey(), k -> new ArrayList<>()).add(t));
    List<Long> copyList = new ArrayList<>();
    byText.forEach((text, ts) -> {
      if (ts.size() > 1) {
        TextSeen first = Collections.min(ts, Comparator.comparing(TextSeen::key));
        texts.put(text, new RepeatedText(ts.size(), first.key(), first.uid(), first.articleId()));
        ts.forEach(t -> {
          if (t.uid() != first.uid()) {
            copyList.add(t.uid());
          }
        });
      }
    });
    long[] copies = copyList.stream().mapToLong(Long::longValue).sorted().toArray();
    for (long[] m : runMembers) {
      if (Arrays.binarySearch(copies, m[1]) < 0) {
        members.add(m);
      }
    }
    Broadcast<long[]> copiesShared = jsc.broadcast(copies);
    JavaRDD<Row> sides = (copies.length == 0 ? signed
        : signed.filter(r -> Arrays.binarySearch(copiesShared.value(), r.getLong(Signing.UID)) < 0))
        .map(r -> side(r.getLong(Signing.UID), (byte[]) r.get(Signing.SAMPLE), r.getString(Signing.KEY),
            r.getString(Signing.ARTICLE_ID)));
    if (earlierMatched != null) {
      sides = sides.union(earlierMatched.map(r -> side(r.getAs("node"), r.getAs("sample"), r.getAs("key"),
          r.getAs("story"))));
    }
    return new Candidates(CandidatePairs.ofMembers(members), sides, earlierMatched, earlierArticles, texts, copies,
        copiesShared);
  }

  /**
   * One partition's band memberships (bands that may hold another article: the run's repeated ones and
   * those shared with an earlier night) and its articles whose text may repeat. Of the articles whose text
   * may repeat, only the partition's earliest of each text gives its bands: the text's earliest of all is one
   * of those, and the others are left out on the driver.
   */
  private static Found gather(Iterator<Row> rows, BandSketch sketch, long[] earlierBands) {
    List<long[]> members = new ArrayList<>();
    List<TextSeen> texts = new ArrayList<>();
    Map<Long, TextSeen> localFirst = new HashMap<>();
    Map<Long, List<long[]>> firstMembers = new HashMap<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      long uid = r.getLong(Signing.UID);
      Iterator<long[]> own = members(uid, (byte[]) r.get(Signing.BANDS),
          b -> sketch.mightRepeat(b) || Arrays.binarySearch(earlierBands, b) >= 0);
      long text = r.getLong(Signing.TEXT_KEY);
      if (!sketch.mightRepeat(textEntry(text))) {
        own.forEachRemaining(members::add);
        continue;
      }
      TextSeen t = new TextSeen(text, r.getString(Signing.KEY), uid, r.getString(Signing.ARTICLE_ID));
      texts.add(t);
      TextSeen before = localFirst.get(text);
      if (before == null || t.key().compareTo(before.key()) < 0) {
        localFirst.put(text, t);
        List<long[]> kept = new ArrayList<>();
        own.forEachRemaining(kept::add);
        firstMembers.put(text, kept);
      }
    }
    firstMembers.values().forEach(members::addAll);
    return new Found(members, texts);
  }

  /** An article of a verified pair, as grouping needs it: node, order key and story. */
  record Side(long node, String key, String story) implements java.io.Serializable {}

  /** The candidate pairs that are copies (their numbers) and their articles' sides, by node. */
  record Verified(List<Integer> pairs, Map<Long, Side> sides) {}

  /** What one partition of the comparisons gives the driver: its copy pairs and their sides, each side once. */
  private record Compared(int[] pairs, Side[] sides) implements java.io.Serializable {}

  /**
   * The candidate pairs that are copies, with the sides (node, order key and story) of their articles: the
   * pairs' own sides meet in the comparison's shuffle, so no further pass looks them up.
   */
  Verified verify(JavaSparkContext jsc) {
    Broadcast<CandidatePairs> shared = jsc.broadcast(pairs);
    List<Compared> parts = sides
        .flatMapToPair(r -> {
          int[] ps = shared.value().pairsOf(r.<Long>getAs("node"));
          if (ps.length == 0) {
            return Collections.emptyIterator();
          }
          Row sorted = side(r.getAs("node"), Packed.pack(CopyTest.sorted(Packed.unpack(r.getAs("sample")))),
              r.getAs("key"), r.getAs("story"));
          List<Tuple2<Integer, Row>> out = new ArrayList<>(ps.length);
          for (int p : ps) {
            out.add(new Tuple2<>(p, sorted));
          }
          return out.iterator();
        })
        .groupByKey(jsc.defaultParallelism())
        .mapPartitions(groups -> {
          List<Integer> copies = new ArrayList<>();
          Map<Long, Side> seen = new HashMap<>();
          while (groups.hasNext()) {
            Tuple2<Integer, Iterable<Row>> g = groups.next();
            Iterator<Row> two = g._2().iterator();
            Row x = two.next();
            Row y = two.hasNext() ? two.next() : null;
            if (y != null && CopyTest.isCopyOfSorted(Packed.unpack(x.getAs("sample")),
                Packed.unpack(y.getAs("sample")))) {
              copies.add(g._1());
              for (Row z : List.of(x, y)) {
                seen.computeIfAbsent(z.getAs("node"), n -> new Side(n, z.getAs("key"), z.getAs("story")));
              }
            }
          }
          return List.of(new Compared(copies.stream().mapToInt(Integer::intValue).toArray(),
              seen.values().toArray(new Side[0]))).iterator();
        })
        .collect();
    shared.unpersist();
    List<Integer> verified = new ArrayList<>();
    Map<Long, Side> bySide = new HashMap<>();
    for (Compared c : parts) {
      for (int p : c.pairs()) {
        verified.add(p);
      }
      for (Side x : c.sides()) {
        bySide.put(x.node(), x);
      }
    }
    return new Verified(verified, bySide);
  }

  void release() {
    copiesShared.unpersist();
    if (earlierMatched != null) {
      earlierMatched.unpersist();
    }
  }

  private static Row side(long node, byte[] sample, String key, String story) {
    return new GenericRowWithSchema(new Object[] {node, sample, key, story}, SIDE);
  }

  /**
   * The sketch of the signed rows' band keys and text keys, built in parts of at most 4 MB, about one per core or more: each
   * input partition sends each part its keys in one array, and each part is built where its keys meet.
   */
  private static BandSketch sketch(JavaSparkContext jsc, JavaRDD<Row> signed, long articles) {
    int words = BandSketch.wordsFor(Math.max(1, articles) * (MinHash.KEYS + 1));
    int parts = (int) Math.min(words, Math.max(jsc.defaultParallelism(), ((long) words >> 18) + 1));
    List<BandSketch> built = signed
        .map(r -> {
          long[] bands = Packed.unpackLongs((byte[]) r.get(Signing.BANDS));
          long[] keys = Arrays.copyOf(bands, bands.length + 1);
          keys[bands.length] = textEntry(r.getLong(Signing.TEXT_KEY));
          return keys;
        })
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
