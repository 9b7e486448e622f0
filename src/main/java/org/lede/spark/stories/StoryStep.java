package org.lede.spark.stories;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.io.IOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.stream.LongStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.lede.config.StoryOptions;
import org.lede.spark.output.OutputLayout;
import org.lede.spark.output.RunSummary;
import org.lede.spark.output.Schemas;
import org.lede.spark.output.Tables;
import org.lede.stories.BandSketch;
import org.lede.stories.CandidatePairs;
import org.lede.stories.CopyTest;
import org.lede.stories.Fingerprint;
import org.lede.stories.MinHash;
import org.lede.stories.Packed;
import org.lede.stories.StoryGroups;
import scala.Tuple2;

/**
 * The story step: which of the run's articles are copies of one another or of an article of an earlier night
 * (within {@code stories.window}), and the story id each gets. Near-linear in the number of articles, in a few
 * Spark jobs:
 * <ol>
 *   <li>paragraphs that many of the run's articles carry word for word (counted with the run's flags) are
 *       boilerplate and left out of the comparison ({@link Fingerprint#own});
 *   <li>one pass signs the run's articles ({@link MinHash} band keys) and sketches which band keys it has, and
 *       which more than once ({@link BandSketch});
 *   <li>only the articles' bands that may hold another article (of the run, or of the earlier nights' index,
 *       scanned once) are gathered, as band and node; in each band every member is paired with the band's
 *       representative only ({@link org.lede.stories.Buckets}), so a bucket of 10,000 copies makes 9,999 pairs,
 *       not 50 million, and a pair met in several bands is compared once ({@link CandidatePairs});
 *   <li>the samples of the paired articles meet pair by pair in one shuffle and are compared
 *       ({@link CopyTest});
 *   <li>the copy pairs, which are few, are grouped on the driver ({@link StoryGroups}): a component's story id
 *       is its earliest article's, or the earliest earlier night's story it reaches, so an id stays from the
 *       first article of the story on.
 * </ol>
 * The index of the run date ({@value OutputLayout#STORY_INDEX}) holds each article's sample, band keys and
 * story id; later nights read it instead of the texts, and a rerun of the date replaces it.
 */
public final class StoryStep implements AutoCloseable {
  private static final StructType SIGNED = new StructType()
      .add("uid", DataTypes.LongType, false)
      .add("article_id", DataTypes.StringType, false)
      .add("source", DataTypes.StringType)
      .add("seen_at", DataTypes.TimestampType, false)
      .add("key", DataTypes.StringType, false)
      .add("sample", DataTypes.BinaryType, false)
      .add("bands", DataTypes.BinaryType, false);
  private static final int SIGNED_ARTICLE = SIGNED.fieldIndex("article_id");
  private static final int SIGNED_KEY = SIGNED.fieldIndex("key");
  private static final int SIGNED_SAMPLE = SIGNED.fieldIndex("sample");
  private static final int SIGNED_BANDS = SIGNED.fieldIndex("bands");
  private static final StructType ASSIGNED = new StructType()
      .add("uid", DataTypes.LongType, false)
      .add("assigned", DataTypes.StringType, false);
  /** The earlier nights' articles that may share a band with the run's (rows of this shape, never a Dataset). */
  private static final StructType MATCHED = new StructType()
      .add("node", DataTypes.LongType, false)
      .add("sample", DataTypes.BinaryType, false)
      .add("key", DataTypes.StringType)
      .add("story", DataTypes.StringType)
      .add("bands", DataTypes.BinaryType, false);
  private static final int MATCHED_BANDS = MATCHED.fieldIndex("bands");
  private static final String TIME = "yyyy-MM-dd'T'HH:mm:ss.SSSSSS";

  /** What finding the stories found, for the run summary. */
  private record Stats(long articles, long stories, long repeatedParagraphs, long earlierArticles, long candidatePairs,
      long copyPairs, int largestComponent) {}

  private final JavaRDD<Row> signedRows;
  private final Dataset<Row> signed;
  private final Dataset<Row> earlier;
  private final Dataset<Row> assignedIds;
  private final Dataset<Row> today;
  private final Stats stats;
  private final SparkSession spark;
  private final OutputLayout layout;
  private final FileSystem fs;
  private final LocalDate runDate;

  private StoryStep(SparkSession spark, Dataset<Row> today, JavaRDD<Row> signedRows, Dataset<Row> signed,
      Dataset<Row> earlier, Dataset<Row> assignedIds, Stats stats, OutputLayout layout, FileSystem fs,
      LocalDate runDate) {
    this.spark = spark;
    this.today = today;
    this.signedRows = signedRows;
    this.signed = signed;
    this.earlier = earlier;
    this.assignedIds = assignedIds;
    this.stats = stats;
    this.layout = layout;
    this.fs = fs;
    this.runDate = runDate;
  }

  /**
   * Finds the stories of the {@code articles} among {@code outcomes} (rows of {@link Schemas#OUTCOME} with a
   * {@code uid}); {@code repeated} holds the sorted hashes of the paragraphs that many of them carry. The step
   * holds persisted data until closed.
   */
  public static StoryStep run(SparkSession spark, Dataset<Row> outcomes, long articles, long[] repeated,
      OutputLayout layout, FileSystem fs, LocalDate runDate, StoryOptions options) throws IOException {
    Dataset<Row> today = outcomes.where(col("kind").equalTo("article")).select(col("uid"),
        col("article.article_id").as("article_id"), col("article.source").as("source"),
        col("article.url").as("url"), col("article.title").as("title"), col("article.summary").as("summary"),
        coalesce(col("article.published_at"), col("article.captured_at"), col("article.processed_at"))
            .as("seen_at"),
        col("fingerprint"));
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<long[]> shared = jsc.broadcast(repeated);
    JavaRDD<Row> signedRows = today.select(col("uid"), col("article_id"), col("source"), col("seen_at"),
            concat_ws("|", lit("1"), date_format(col("seen_at"), TIME), col("article_id")).as("key"),
            col("fingerprint")).javaRDD()
        .mapPartitions(new Sign(shared, options.minOwnShare()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> signed = spark.createDataFrame(signedRows, SIGNED);

    Dataset<Row> earlier = null;
    if (options.windowDays() > 0 && Tables.hasPartitions(fs, layout, OutputLayout.STORY_INDEX)) {
      earlier = spark.read().parquet(layout.table(OutputLayout.STORY_INDEX).toString());
      if (!earlier.schema().apply("sample").dataType().equals(DataTypes.BinaryType)
          || !earlier.schema().apply("bands").dataType().equals(DataTypes.BinaryType)) {
        System.err.println("lede: the story index " + layout.table(OutputLayout.STORY_INDEX) + " is in an older "
            + "format; this run's stories start afresh (rerun the earlier dates to rebuild it)");
        earlier = null;
      }
    }
    if (earlier != null) {
      // an earlier article's node: a 64-bit hash of its date and id with the sign bit set, so it never meets
      // the run's own (non-negative) uids and is the same however often the index is scanned
      earlier = earlier
          .where(col(OutputLayout.RUN_DATE).geq(lit(Date.valueOf(runDate.minusDays(options.windowDays()))))
              .and(col(OutputLayout.RUN_DATE).lt(lit(Date.valueOf(runDate)))))
          .withColumn("node", xxhash64(col(OutputLayout.RUN_DATE), col("article_id")).bitwiseOR(lit(Long.MIN_VALUE)));
    }
    // one pass over the run's signed articles: which band keys it has, and which it has more than once
    Broadcast<BandSketch> runBands = jsc.broadcast(sketch(jsc, signedRows, articles));
    List<long[]> members = new ArrayList<>();
    // every article that may be in a candidate pair as node, sample, order key and story: the run's straight from
    // the signed rows (no conversion to and from Spark's internal rows), the earlier nights' matches
    JavaRDD<Row> sides = signedRows.map(r -> RowFactory.create(r.get(0), r.get(SIGNED_SAMPLE), r.get(SIGNED_KEY),
        r.get(SIGNED_ARTICLE)));
    JavaRDD<Row> earlierMatched = null;
    long[] sharedWithEarlier = new long[0];
    long earlierArticles = 0;
    if (earlier != null) {
      earlierArticles = earlier.count();
      // the earlier articles that may share a band with one of the run's: the window's index is scanned once,
      // and only its matches are kept, with their samples
      earlierMatched = earlier.select(col("node"), col("sample"),
              concat_ws("|", lit("0"), col(OutputLayout.RUN_DATE).cast("string"), date_format(col("seen_at"), TIME),
                  col("story_id")).as("key"),
              col("story_id").as("story"), col("bands")).javaRDD()
          .filter(r -> bucketMembers(r.getLong(0), (byte[]) r.get(MATCHED_BANDS),
              b -> runBands.value().mightHaveSeen(b)).hasNext())
          .persist(StorageLevel.MEMORY_AND_DISK());
      members.addAll(earlierMatched
          .flatMap(r -> bucketMembers(r.getLong(0), (byte[]) r.get(MATCHED_BANDS),
              b -> runBands.value().mightHaveSeen(b)))
          .collect());
      sharedWithEarlier = members.stream().mapToLong(m -> m[0]).distinct().sorted().toArray();
      sides = sides.union(earlierMatched.map(r -> RowFactory.create(r.get(0), r.get(1), r.get(2), r.get(3))));
    }
    Broadcast<long[]> earlierBands = jsc.broadcast(sharedWithEarlier);
    // the run's articles in a bucket that may hold another article (the sketch never misses one)
    members.addAll(signedRows
        .flatMap(r -> bucketMembers(r.getLong(0), (byte[]) r.get(SIGNED_BANDS),
            b -> runBands.value().mightRepeat(b) || Arrays.binarySearch(earlierBands.value(), b) >= 0))
        .collect());
    runBands.unpersist();
    earlierBands.unpersist();
    CandidatePairs candidates = CandidatePairs.ofMembers(members);
    Broadcast<CandidatePairs> pairs = jsc.broadcast(candidates);

    // the samples of the articles in a candidate pair only (most articles are in none), each sorted once and
    // brought together pair by pair with the other's; what comes back is the numbers of the pairs that are
    // copies, small however many there are
    List<Integer> verified = sides
        .flatMapToPair(r -> {
          int[] ps = pairs.value().pairsOf(r.getLong(0));
          if (ps.length == 0) {
            return Collections.emptyIterator();
          }
          byte[] sorted = Packed.pack(CopyTest.sorted(Packed.unpack((byte[]) r.get(1))));
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
    pairs.unpersist();
    // the order key and story of each article in a copy pair
    long[] linked = verified.stream().flatMapToLong(p -> LongStream.of(candidates.first(p), candidates.second(p)))
        .distinct().sorted().toArray();
    Map<Long, Row> nodes = new HashMap<>();
    if (linked.length > 0) {
      Broadcast<long[]> wanted = jsc.broadcast(linked);
      for (Row r : sides.filter(r -> Arrays.binarySearch(wanted.value(), r.getLong(0)) >= 0)
          .map(r -> RowFactory.create(r.get(0), r.get(2), r.get(3))).collect()) {
        nodes.put(r.getLong(0), r);
      }
      wanted.unpersist();
    }
    if (earlierMatched != null) {
      earlierMatched.unpersist();
    }

    StoryGroups groups = new StoryGroups();
    for (int p : verified) {
      Row x = nodes.get(candidates.first(p));
      Row y = nodes.get(candidates.second(p));
      groups.node(x.getLong(0), x.getString(1), x.getString(2));
      groups.node(y.getLong(0), y.getString(1), y.getString(2));
      groups.link(x.getLong(0), y.getLong(0));
    }
    List<Row> assigned = new ArrayList<>();
    for (Map.Entry<Long, String> e : groups.stories().entrySet()) {
      if (e.getKey() >= 0) {
        assigned.add(RowFactory.create(e.getKey(), e.getValue()));
      }
    }
    Dataset<Row> assignedIds = spark.createDataFrame(assigned, ASSIGNED);
    // a story per article in no verified pair, and one per story the others are in
    long stories = articles - assigned.size() + assigned.stream().map(r -> r.getString(1)).distinct().count();
    Stats stats = new Stats(articles, stories, repeated.length, earlierArticles, candidates.size(), verified.size(),
        groups.largest());
    shared.unpersist();
    return new StoryStep(spark, today, signedRows, signed, earlier, assignedIds, stats, layout, fs, runDate);
  }

  /**
   * The sketch of the signed rows' band keys, built in parts of at most 4 MB, about one per core or more: each
   * input partition sends each part its keys in one array, and each part is built where its keys meet.
   */
  private static BandSketch sketch(JavaSparkContext jsc, JavaRDD<Row> signedRows, long articles) {
    int words = BandSketch.wordsFor(Math.max(1, articles) * MinHash.BANDS);
    int parts = (int) Math.min(words, Math.max(jsc.defaultParallelism(), ((long) words >> 18) + 1));
    List<BandSketch> built = signedRows
        .map(r -> Packed.unpackLongs((byte[]) r.get(SIGNED_BANDS)))
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
  private static Iterator<long[]> bucketMembers(long node, byte[] bands, LongPredicate shared) {
    List<long[]> out = new ArrayList<>(2);
    for (long band : Packed.unpackLongs(bands)) {
      if (shared.test(band)) {
        out.add(new long[] {band, node});
      }
    }
    return out.iterator();
  }

  /** {@code articles} (with {@code uid}) with {@code story_id} added as the last column. */
  public Dataset<Row> withStoryIds(Dataset<Row> articles) {
    return withStoryId(withIds(articles));
  }

  /**
   * Rows with {@code uid} and {@code article_id} given their {@code story_id}: the assigned one of an article
   * in a story with others (a map of those articles only, broadcast), else the article's own id.
   */
  private Dataset<Row> withIds(Dataset<Row> rows) {
    return rows.join(broadcast(assignedIds), "uid", "left")
        .withColumn("story_id", coalesce(col("assigned"), col("article_id"))).drop("assigned");
  }

  /** {@code articles} (with {@code uid}) as their own stories: the story step is off. */
  public static Dataset<Row> ownStories(Dataset<Row> articles) {
    return withStoryId(articles.withColumn("story_id", col("article_id")));
  }

  /** {@code uid} and {@link Schemas#ARTICLES_TABLE}'s columns, in its order. */
  private static Dataset<Row> withStoryId(Dataset<Row> withStory) {
    List<Column> cols = new ArrayList<>();
    cols.add(col("uid"));
    for (String f : Schemas.ARTICLES_TABLE.fieldNames()) {
      cols.add(col(f));
    }
    return withStory.select(cols.toArray(new Column[0]));
  }

  /** Writes the run date's {@code stories} partition and index; returns what the step found. */
  public RunSummary.Stories write() throws IOException {
    String date = runDate.toString();
    Column runDay = lit(Date.valueOf(runDate));
    // an article that is in no verified pair is a story of its own, new today: its row needs no shuffle
    Column oneSource = when(col("source").isNull(), 0L).otherwise(1L);
    Dataset<Row> singles = today.join(broadcast(assignedIds), "uid", "left_anti").select(
        col("article_id").as("story_id"), runDay.as("first_run_date"), col("seen_at").as("first_seen_at"),
        col("source").as("first_source"), col("url").as("first_url"), col("title"), col("summary"),
        col("seen_at").as("last_seen_at"), lit(1L).as("articles"), oneSource.as("sources"),
        lit(1L).as("articles_this_run"), oneSource.as("sources_this_run"), lit(true).as("new_this_run"));
    // the others' stories (few) are counted over their members, today's and the window's
    Dataset<Row> touched = assignedIds.select(col("assigned").as("story_id")).distinct();
    Dataset<Row> members = signed.join(broadcast(assignedIds), "uid").select(col("assigned").as("story_id"),
        col("article_id"), col("source"), col("seen_at"), runDay.as(OutputLayout.RUN_DATE));
    if (earlier != null) {
      members = members.unionByName(earlier.join(broadcast(touched), "story_id", "leftsemi")
          .select(col("story_id"), col("article_id"), col("source"), col("seen_at"), col(OutputLayout.RUN_DATE)));
    }
    Column thisRun = col(OutputLayout.RUN_DATE).equalTo(runDay);
    Dataset<Row> counts = members.groupBy("story_id").agg(
        min(OutputLayout.RUN_DATE).as("m_first_run_date"), min("seen_at").as("m_first_seen_at"),
        max("seen_at").as("last_seen_at"), count(lit(1)).as("articles"),
        size(collect_set("source")).cast("long").as("sources"),
        sum(when(thisRun, 1L).otherwise(0L)).as("articles_this_run"),
        size(collect_set(when(thisRun, col("source")))).cast("long").as("sources_this_run"));
    Dataset<Row> firstToday = today.join(broadcast(assignedIds), "uid")
        .where(col("article_id").equalTo(col("assigned")))
        .select(col("assigned").as("story_id"), col("source").as("t_source"), col("url").as("t_url"),
            col("title").as("t_title"), col("summary").as("t_summary"))
        .dropDuplicates("story_id");
    Dataset<Row> joined = counts.join(firstToday, "story_id", "left");
    boolean hasEarlier = earlier != null && Tables.hasPartitions(fs, layout, OutputLayout.STORIES);
    if (hasEarlier) {
      Dataset<Row> known = spark.read().parquet(layout.table(OutputLayout.STORIES).toString())
          .where(col(OutputLayout.RUN_DATE).lt(runDay))
          .join(broadcast(touched), "story_id", "leftsemi")
          .groupBy("story_id").agg(min("first_run_date").as("e_first_run_date"),
              min("first_seen_at").as("e_first_seen_at"), first("first_source").as("e_source"),
              first("first_url").as("e_url"), first("title").as("e_title"), first("summary").as("e_summary"));
      joined = joined.join(known, "story_id", "left");
    } else {
      joined = joined.withColumn("e_first_run_date", lit(null).cast("date"))
          .withColumn("e_first_seen_at", lit(null).cast("timestamp"))
          .withColumn("e_source", lit(null).cast("string")).withColumn("e_url", lit(null).cast("string"))
          .withColumn("e_title", lit(null).cast("string")).withColumn("e_summary", lit(null).cast("string"));
    }
    Column known = col("e_first_run_date").isNotNull();
    Column firstRunDate = coalesce(col("e_first_run_date"), col("m_first_run_date"));
    Dataset<Row> stories = joined.select(col("story_id"), firstRunDate.as("first_run_date"),
        when(known, col("e_first_seen_at")).otherwise(col("m_first_seen_at")).as("first_seen_at"),
        when(known, col("e_source")).otherwise(col("t_source")).as("first_source"),
        when(known, col("e_url")).otherwise(col("t_url")).as("first_url"),
        when(known, col("e_title")).otherwise(col("t_title")).as("title"),
        when(known, col("e_summary")).otherwise(col("t_summary")).as("summary"),
        col("last_seen_at"), col("articles"), col("sources"), col("articles_this_run"), col("sources_this_run"),
        firstRunDate.equalTo(runDay).as("new_this_run"))
        .unionByName(singles);
    Tables.replacePartition(spark, stories, layout, OutputLayout.STORIES, date, stats.stories());
    Dataset<Row> index = withIds(signed).select(col("article_id"), col("story_id"), col("source"), col("seen_at"),
        col("sample"), col("bands"));
    // samples and band keys are hashes: neither compression nor dictionaries make them smaller
    Tables.replacePartition(spark, index, layout, OutputLayout.STORY_INDEX, date, stats.articles(),
        Map.of("compression", "none", "parquet.enable.dictionary", "false"));
    long fresh = stats.stories() == 0 ? 0 : spark.read().parquet(layout.partition(OutputLayout.STORIES, date)
        .toString()).where(col("new_this_run")).count();
    return new RunSummary.Stories(stats.stories(), fresh, stats.repeatedParagraphs(), stats.earlierArticles(),
        stats.candidatePairs(), stats.copyPairs(), stats.largestComponent());
  }

  /** Deletes the run date's stories and index (a run with the story step off). */
  public static void clear(SparkSession spark, OutputLayout layout, String runDate) throws IOException {
    Tables.clearPartition(spark, layout, OutputLayout.STORIES, runDate);
    Tables.clearPartition(spark, layout, OutputLayout.STORY_INDEX, runDate);
  }

  @Override
  public void close() {
    signedRows.unpersist();
  }

  /** Signs a partition's articles: own sample (boilerplate left out) and band keys. */
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
          Row f = r.getStruct(5);
          List<Long> hashes = f.getList(2);
          Fingerprint fp = new Fingerprint(Packed.unpack((byte[]) f.get(0)), Packed.unpack((byte[]) f.get(1)),
              hashes.stream().mapToLong(Long::longValue).toArray());
          int[] sample = fp.own(h -> Arrays.binarySearch(rep, h) >= 0, minOwnShare);
          long[] bands = MinHash.bands(sample);
          return RowFactory.create(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), Packed.pack(sample),
              Packed.packLongs(bands));
        }
      };
    }
  }
}
