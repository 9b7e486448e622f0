package org.lede.spark.stories;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.lede.config.StoryOptions;
import org.lede.spark.output.Observed;
import org.lede.spark.output.OutputLayout;
import org.lede.spark.output.RunSummary;
import org.lede.spark.output.Schemas;
import org.lede.spark.output.Tables;
import org.lede.stories.StoryGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The story step: which of the run's articles are copies of one another or of an article of an earlier night
 * (within {@code stories.window}), and the story id each gets. Near-linear in the number of articles, in a few
 * Spark jobs, one class a step:
 * <ol>
 *   <li>every article is signed ({@link Signing}): its own sample, without the paragraphs that many of the
 *       run's articles carry word for word (boilerplate, counted with the run's flags), and its band keys, of
 *       the whole text and of its opening (a cut keeps it);
 *   <li>exact copies (the same words, paragraph by paragraph) are one text at once ({@link RepeatedText}, found
 *       with the candidates): only each text's earliest article is compared, and the text's other articles
 *       take its story;
 *   <li>the candidate pairs: bands that may hold another article, of the run or of the earlier nights' index
 *       scanned once, each member paired with its band's representative only ({@link Candidates});
 *   <li>the paired samples meet in one shuffle and are compared on containment
 *       ({@link org.lede.stories.CopyTest}, in {@link Candidates#verify}), which returns the copies' sides;
 *   <li>the copies are grouped on the driver ({@link org.lede.stories.StoryGroups}): a group's story id is its
 *       earliest article's, or the earliest earlier night's story it reaches, so an id stays from the first
 *       article of the story on;
 *   <li>the {@code stories} table and the run date's index are written ({@link #write}).
 * </ol>
 * The index ({@value OutputLayout#STORY_INDEX}) holds each article's sample, band keys and story id (an exact
 * copy's without sample and keys: its text's earliest has them); later nights read it instead of the texts,
 * and a rerun of the date replaces it. An index written before the
 * opening's band keys existed has whole-text keys only: its articles still match, a cut of them less surely.
 */
public final class StoryStep implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StoryStep.class);
  /** What finding the stories found, for the run summary. */
  private record Stats(long articles, long stories, long repeatedParagraphs, long earlierArticles, long candidatePairs,
      long copyPairs, int largestStory) {}

  private final Dataset<Row> today;
  private final Dataset<Row> signed;
  private final Dataset<Row> earlier;
  /**
   * The run's articles in a story with others: uid, assigned (the story), copy (a repeated text's later
   * article), and what the story's row counts of it (article_id, source, seen_at; url, title and summary only
   * when it is the story's first article); null when there are none.
   */
  private final Dataset<Row> assignedIds;
  /** The maps the step broadcast, released with it. */
  private final List<Broadcast<?>> broadcasts;
  private final JavaRDD<Row> signedRows;
  private final Stats stats;
  private final SparkSession spark;
  private final OutputLayout layout;
  private final FileSystem fs;
  private final LocalDate runDate;

  private StoryStep(SparkSession spark, Dataset<Row> today, JavaRDD<Row> signedRows, Dataset<Row> signed,
      Dataset<Row> earlier, Dataset<Row> assignedIds, List<Broadcast<?>> broadcasts, Stats stats, OutputLayout layout,
      FileSystem fs, LocalDate runDate) {
    this.spark = spark;
    this.today = today;
    this.signedRows = signedRows;
    this.signed = signed;
    this.earlier = earlier;
    this.assignedIds = assignedIds;
    this.broadcasts = broadcasts;
    this.stats = stats;
    this.layout = layout;
    this.fs = fs;
    this.runDate = runDate;
  }

  /**
   * The key that orders a story's articles, earliest first: a run's article by the time it was seen, then its
   * id, after every earlier night's article (whose keys, made in {@link Candidates}, start with "0").
   */
  public static String orderKey(java.time.Instant seen, String articleId) {
    return "1|" + Signing.TIME_FORMAT.format(seen) + "|" + articleId;
  }

  /**
   * Finds the stories of the {@code articles} among {@code outcomes} (rows of {@link Schemas#OUTCOME} with a
   * {@code uid}); {@code repeated} holds the sorted hashes of the paragraphs that many of them carry (counted
   * with the run's counts). The step holds persisted data until closed.
   */
  public static StoryStep run(SparkSession spark, Dataset<Row> outcomes, long articles, long[] repeated,
      OutputLayout layout, FileSystem fs, LocalDate runDate, StoryOptions options) throws IOException {
    // the articles' own column for the step: their measures are never decoded here
    Dataset<Row> today = outcomes.where(col("kind").equalTo("article")).select(col("uid"), col("story.*"));
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<long[]> shared = jsc.broadcast(repeated);
    // 1. every article signed (the samples and band keys go to the index, for later nights)
    JavaRDD<Row> signedRows = Signing.sign(today, shared, options.minOwnShare());
    Dataset<Row> signed = spark.createDataFrame(signedRows, Signing.SIGNED);
    // 2. to 4. the exact copies, the candidate pairs among the texts and the window's index, and those that are
    // copies: a thousand exact copies cost their signing (mostly a look-up) and one article's comparisons
    Dataset<Row> earlier = earlierIndex(spark, layout, fs, runDate, options);
    Candidates candidates = Candidates.find(jsc, signedRows, articles, earlier);
    Map<Long, RepeatedText> texts = candidates.texts;
    long copies = candidates.copies.length;
    Candidates.Verified verified = candidates.verify(jsc);
    candidates.release();
    // 5. the copy pairs grouped on the driver; a group's story is its earliest member's
    StoryGroups groups = new StoryGroups();
    for (int p : verified.pairs()) {
      for (long node : new long[] {candidates.pairs.first(p), candidates.pairs.second(p)}) {
        Candidates.Side x = verified.sides().get(node);
        groups.node(x.node(), x.key(), x.story());
      }
      groups.link(candidates.pairs.first(p), candidates.pairs.second(p));
    }
    Map<Long, String> paired = new HashMap<>();
    groups.stories().forEach((node, story) -> {
      if (node >= 0) {
        paired.put(node, story);
      }
    });
    Sizes sizes = Sizes.of(texts, paired, articles);
    Dataset<Row> assignedIds = sizes.shared().isEmpty() ? null
        : assigned(spark, today, texts, paired).persist(StorageLevel.MEMORY_AND_DISK());
    Stats stats = new Stats(articles, sizes.stories(), repeated.length, candidates.earlierArticles,
        candidates.pairs.size() + copies, verified.pairs().size() + copies, sizes.largest());
    LOG.info("stories: {} articles, {} exact copies, {} candidate pairs, {} copy pairs, {} stories", articles,
        copies, candidates.pairs.size(), verified.pairs().size(), sizes.stories());
    return new StoryStep(spark, today, signedRows, signed, earlier, assignedIds, List.of(shared), stats, layout, fs,
        runDate);
  }

  /**
   * The sizes of the stories that several articles share, by story id (counted on the driver: the texts and
   * the pairs are there), the number of stories of the run's articles, and the largest story's size.
   */
  private record Sizes(Map<String, Long> shared, long stories, int largest) {
    static Sizes of(Map<Long, RepeatedText> texts, Map<Long, String> paired, long articles) {
      Map<String, Long> sizes = new HashMap<>();
      Set<Long> textFirsts = new HashSet<>();
      texts.values().forEach(t -> {
        sizes.merge(paired.getOrDefault(t.uid(), t.articleId()), t.articles(), Long::sum);
        textFirsts.add(t.uid());
      });
      paired.forEach((uid, story) -> {
        if (!textFirsts.contains(uid)) {
          sizes.merge(story, 1L, Long::sum);
        }
      });
      long inShared = sizes.values().stream().mapToLong(Long::longValue).sum();
      int largest = (int) Math.max(1, sizes.values().stream().mapToLong(Long::longValue).max().orElse(1));
      return new Sizes(sizes, articles - inShared + sizes.size(), largest);
    }
  }

  /**
   * The run's articles in a story with others: a repeated text's takes its text's story (its earliest
   * article's, or that one's group's); another article in a pair, its group's. The texts and the pairs are two
   * small tables built on the driver, broadcast and joined with the run's articles.
   */
  private static Dataset<Row> assigned(SparkSession spark, Dataset<Row> today, Map<Long, RepeatedText> texts,
      Map<Long, String> paired) {
    List<Row> textRows = new ArrayList<>(texts.size());
    texts.forEach((key, t) -> textRows.add(RowFactory.create(key, t.uid(), t.articleId())));
    List<Row> pairRows = new ArrayList<>(paired.size());
    paired.forEach((node, story) -> pairRows.add(RowFactory.create(node, story)));
    Dataset<Row> textTable = spark.createDataFrame(textRows, new StructType()
        .add("t_key", DataTypes.LongType, false).add("t_uid", DataTypes.LongType, false)
        .add("t_article_id", DataTypes.StringType, false));
    Dataset<Row> pairTable = spark.createDataFrame(pairRows, new StructType()
        .add("node", DataTypes.LongType, false).add("paired", DataTypes.StringType, false));
    Column assigned = coalesce(col("paired"), col("t_article_id"));
    Column first = assigned.equalTo(col("article_id")); // the story's first article: its row shows it
    return today.join(broadcast(textTable), col("text_key").equalTo(col("t_key")), "left")
        .join(broadcast(pairTable), coalesce(col("t_uid"), col("uid")).equalTo(col("node")), "left")
        .where(col("paired").isNotNull().or(col("t_uid").isNotNull()))
        .select(col("uid"), assigned.as("assigned"),
            coalesce(col("t_uid").notEqual(col("uid")), lit(false)).as("copy"), col("article_id"), col("source"),
            col("seen_at"), when(first, col("url")).as("url"), when(first, col("title")).as("title"),
            when(first, col("summary")).as("summary"));
  }

  /**
   * The earlier nights' index within the window, each article with its node (a 64-bit hash of its date and id
   * with the sign bit set, so it never meets the run's own non-negative uids); null when there is none. An
   * index in a format of an earlier development build is set aside with a warning.
   */
  private static Dataset<Row> earlierIndex(SparkSession spark, OutputLayout layout, FileSystem fs, LocalDate runDate,
      StoryOptions options) throws IOException {
    if (options.windowDays() <= 0 || !Tables.hasPartitions(fs, layout, OutputLayout.STORY_INDEX)) {
      return null;
    }
    Dataset<Row> index = spark.read().parquet(layout.table(OutputLayout.STORY_INDEX).toString());
    if (!index.schema().apply("sample").dataType().equals(DataTypes.BinaryType)
        || !index.schema().apply("bands").dataType().equals(DataTypes.BinaryType)) {
      LOG.warn("the story index {} is in an older format; this run's stories start afresh (rerun the earlier"
          + " dates to rebuild it)", layout.table(OutputLayout.STORY_INDEX));
      return null;
    }
    return index
        .where(col(OutputLayout.RUN_DATE).geq(lit(Date.valueOf(runDate.minusDays(options.windowDays()))))
            .and(col(OutputLayout.RUN_DATE).lt(lit(Date.valueOf(runDate)))))
        .withColumn("node", xxhash64(col(OutputLayout.RUN_DATE), col("article_id")).bitwiseOR(lit(Long.MIN_VALUE)));
  }

  /** {@code articles} (with {@code uid}) with {@code story_id} added as the last column. */
  public Dataset<Row> withStoryIds(Dataset<Row> articles) {
    return assignedIds == null ? ownStories(articles) : withStoryId(withIds(articles));
  }

  /**
   * Rows with {@code uid} and {@code article_id} given their {@code story_id}: the assigned one of an article
   * in a story with others (a map of those articles only, broadcast), else the article's own id.
   */
  private Dataset<Row> withIds(Dataset<Row> rows) {
    return rows.join(broadcast(assignedIds.select(col("uid"), col("assigned"))), "uid", "left")
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
    Dataset<Row> singles = (assignedIds == null ? today
        : today.join(broadcast(assignedIds.select(col("uid"))), "uid", "left_anti"))
        .select(
        col("article_id").as("story_id"), runDay.as("first_run_date"), col("seen_at").as("first_seen_at"),
        col("source").as("first_source"), col("url").as("first_url"), col("title"), col("summary"),
        col("seen_at").as("last_seen_at"), lit(1L).as("articles"), oneSource.as("sources"),
        lit(1L).as("articles_this_run"), oneSource.as("sources_this_run"), lit(true).as("new_this_run"));
    Dataset<Row> stories = assignedIds == null ? singles : sharedStories(runDay).unionByName(singles);
    Observation written = new Observation("stories");
    Tables.replacePartition(spark, stories.observe(written, sum(when(col("new_this_run"), 1L).otherwise(0L))
        .as("fresh")), layout, OutputLayout.STORIES, date, stats.stories());
    // an exact copy's sample is its text's earliest article's, which is indexed with it: later nights find the
    // story through that one, and the copy is indexed (without sample and band keys) for the story's counts only
    Column copy = coalesce(col("copy"), lit(false));
    byte[] none = new byte[0];
    Dataset<Row> index = assignedIds == null
        ? signed.select(col("article_id"), col("article_id").as("story_id"), col("source"), col("seen_at"),
            col("sample"), col("bands"))
        : signed.join(broadcast(assignedIds.select(col("uid"), col("assigned"), col("copy"))), "uid", "left")
            .select(col("article_id"), coalesce(col("assigned"), col("article_id")).as("story_id"), col("source"),
                col("seen_at"), when(copy, lit(none)).otherwise(col("sample")).as("sample"),
                when(copy, lit(none)).otherwise(col("bands")).as("bands"));
    // samples and band keys are hashes: neither compression nor dictionaries make them smaller
    Tables.replacePartition(spark, index, layout, OutputLayout.STORY_INDEX, date, stats.articles(),
        Map.of("compression", "none", "parquet.enable.dictionary", "false"));
    long fresh = stats.stories() == 0 ? 0 : Observed.value(written, "fresh");
    return new RunSummary.Stories(stats.stories(), fresh, stats.repeatedParagraphs(), stats.earlierArticles(),
        stats.candidatePairs(), stats.copyPairs(), stats.largestStory());
  }

  /**
   * The rows of the stories that several articles share (few), counted over their members, today's and the
   * window's.
   */
  private Dataset<Row> sharedStories(Column runDay) throws IOException {
    Dataset<Row> touched = assignedIds.select(col("assigned").as("story_id")).distinct();
    Dataset<Row> members = assignedIds.select(col("assigned").as("story_id"), col("article_id"), col("source"),
        col("seen_at"), runDay.as(OutputLayout.RUN_DATE));
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
    Dataset<Row> firstToday = assignedIds.where(col("article_id").equalTo(col("assigned")))
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
    return joined.select(col("story_id"), firstRunDate.as("first_run_date"),
        when(known, col("e_first_seen_at")).otherwise(col("m_first_seen_at")).as("first_seen_at"),
        when(known, col("e_source")).otherwise(col("t_source")).as("first_source"),
        when(known, col("e_url")).otherwise(col("t_url")).as("first_url"),
        when(known, col("e_title")).otherwise(col("t_title")).as("title"),
        when(known, col("e_summary")).otherwise(col("t_summary")).as("summary"),
        col("last_seen_at"), col("articles"), col("sources"), col("articles_this_run"), col("sources_this_run"),
        firstRunDate.equalTo(runDay).as("new_this_run"))
;
  }

  /** Deletes the run date's stories and index (a run with the story step off). */
  public static void clear(SparkSession spark, OutputLayout layout, String runDate) throws IOException {
    Tables.clearPartition(spark, layout, OutputLayout.STORIES, runDate);
    Tables.clearPartition(spark, layout, OutputLayout.STORY_INDEX, runDate);
  }

  @Override
  public void close() {
    signedRows.unpersist();
    if (assignedIds != null) {
      assignedIds.unpersist();
    }
    broadcasts.forEach(Broadcast::unpersist);
  }
}
