package org.lede.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import java.io.File;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lede.ingest.Format;
import org.lede.ingest.IngestOptions;
import org.lede.summary.Summarizer;

/**
 * Validated settings. Layers, later wins: the defaults (conf/lede.conf, built into the jar as
 * org/lede/lede.conf), a --conf file, then --set key=value pairs. Unknown keys and invalid values fail with a
 * {@link ConfigError} naming the key.
 */
public final class LedeConfig implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String DEFAULTS = "org/lede/lede.conf";
  private static final Set<String> FORMATS = Set.of("auto", "txt", "jsonl", "json", "csv", "html", "warc", "parquet");
  private static final Set<String> CODECS = Set.of("snappy", "zstd", "gzip", "none");
  private static final Set<String> ENGINES = java.util.Arrays.stream(SentimentEngine.values())
      .map(SentimentEngine::key).collect(java.util.stream.Collectors.toUnmodifiableSet());
  private static final Set<String> STORAGE = Set.of("memory-and-disk", "memory-and-disk-ser", "disk-only");

  public final IngestOptions ingest;
  public final Summarizer.Length summary;
  public final SentimentEngine sentimentEngine;
  public final String sentimentModel;
  public final String compression;
  public final double maxRejectRatio;
  /** Where the analysed outcomes are held between the analysis and the three table writes. */
  public final String outcomesStorage;
  public final ZoneId timeZone;
  public final java.time.Duration lockStaleAfter;
  public final StoryOptions stories;
  /** The earliest plausible publication or capture date ({@code input.dates.earliest}). */
  public final java.time.LocalDate earliestDate;
  /** Days after the run that a date can still lie ({@code input.dates.latest-after-run}). */
  public final int daysAfterRun;
  /** The size of the parts JSON Lines files are read in ({@code input.split-size}); 0 for auto. */
  public final long splitSize;
  /** The outlets named for input folders ({@code input.source-names}, then {@code --source-name}). */
  public final org.lede.process.SourceNames sourceNames;

  private LedeConfig(Config c, Map<String, String> sourceNames) {
    String format = enumValue(c, "input.format", FORMATS);
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (String f : IngestOptions.LOGICAL_FIELDS) {
      String key = "input.fields." + f;
      List<String> names = get(key, () -> c.getStringList(key));
      if (names.isEmpty()) {
        throw new ConfigError(key + ": must list at least one field name");
      }
      fields.put(f, List.copyOf(names));
    }
    String delim = get("input.csv.delimiter", () -> c.getString("input.csv.delimiter"));
    if (delim.length() != 1) {
      throw new ConfigError("input.csv.delimiter: must be exactly one character, got '" + delim + "'");
    }
    long maxFile = positive(c, "input.max-file-bytes", Long.MAX_VALUE);
    long maxRecord = positive(c, "input.max-record-bytes", 1L << 30);
    String records = get("input.json.records", () -> c.getString("input.json.records")).trim();
    if (!records.isEmpty() && !records.startsWith("/")) {
      throw new ConfigError("input.json.records: must be empty (detect) or a JSON pointer such as /articles, got '"
          + records + "'");
    }
    String earliest = get("input.dates.earliest", () -> c.getString("input.dates.earliest")).trim();
    try {
      this.earliestDate = java.time.LocalDate.parse(earliest);
    } catch (DateTimeException e) {
      throw new ConfigError("input.dates.earliest: must be a date (YYYY-MM-DD), got '" + earliest + "'");
    }
    java.time.Duration after = get("input.dates.latest-after-run", () -> c.getDuration("input.dates.latest-after-run"));
    if (after.isNegative() || after.toDays() * 86_400 != after.getSeconds()) {
      throw new ConfigError("input.dates.latest-after-run: must be a whole number of days (0 or more), got " + after);
    }
    this.daysAfterRun = (int) after.toDays();
    String split = get("input.split-size", () -> c.getString("input.split-size")).trim();
    this.splitSize = split.equalsIgnoreCase("auto") ? 0 : positive(c, "input.split-size", 1L << 40);
    Map<String, String> names = new LinkedHashMap<>();
    get("input.source-names", () -> c.getObject("input.source-names")).forEach((path, name) -> {
      if (name.valueType() != com.typesafe.config.ConfigValueType.STRING || path.isBlank()) {
        throw new ConfigError("input.source-names: each entry is \"path\" = name, got " + path + " = "
            + name.render());
      }
      names.put(path, (String) name.unwrapped());
    });
    names.putAll(sourceNames);
    this.sourceNames = new org.lede.process.SourceNames(names);
    this.ingest = new IngestOptions(format.equals("auto") ? null : Format.parse(format), fields, delim.charAt(0),
        maxFile, (int) maxRecord, records);

    int sentences = get("summary.sentences", () -> c.getInt("summary.sentences"));
    if (sentences < 1) {
      throw new ConfigError("summary.sentences: must be at least 1, got " + sentences);
    }
    double ratio = get("summary.ratio", () -> c.getDouble("summary.ratio"));
    if (!(ratio >= 0 && ratio <= 1)) {
      throw new ConfigError("summary.ratio: must be between 0 and 1, got " + ratio);
    }
    int maxWords = get("summary.max-words", () -> c.getInt("summary.max-words"));
    if (maxWords < 0) {
      throw new ConfigError("summary.max-words: must be 0 (no cap) or more, got " + maxWords);
    }
    this.summary = new Summarizer.Length(sentences, ratio, maxWords);
    this.sentimentEngine = SentimentEngine.valueOf(enumValue(c, "sentiment.engine", ENGINES).toUpperCase(Locale.ROOT));
    this.sentimentModel = get("sentiment.model", () -> c.getString("sentiment.model")).trim();
    if (sentimentEngine == SentimentEngine.SPARKNLP && sentimentModel.isEmpty()) {
      throw new ConfigError("sentiment.model: sentiment.engine = sparknlp needs the path of a saved Spark NLP "
          + "pipeline (train one with `lede train-sentiment`)");
    }
    this.compression = enumValue(c, "output.compression", CODECS);
    this.outcomesStorage = enumValue(c, "run.outcomes-storage", STORAGE);
    this.maxRejectRatio = get("run.max-reject-ratio", () -> c.getDouble("run.max-reject-ratio"));
    if (!(maxRejectRatio >= 0 && maxRejectRatio <= 1)) {
      throw new ConfigError("run.max-reject-ratio: must be between 0 and 1, got " + maxRejectRatio);
    }
    this.lockStaleAfter = get("run.lock-stale-after", () -> c.getDuration("run.lock-stale-after"));
    if (lockStaleAfter.isNegative() || lockStaleAfter.isZero()) {
      throw new ConfigError("run.lock-stale-after: must be a positive duration, got " + lockStaleAfter);
    }
    boolean storiesOn = get("stories.enabled", () -> c.getBoolean("stories.enabled"));
    java.time.Duration window = get("stories.window", () -> c.getDuration("stories.window"));
    if (window.isNegative() || window.toDays() * 86_400 != window.getSeconds()) {
      throw new ConfigError("stories.window: must be a whole number of days (0 or more), got " + window);
    }
    int repeated = get("stories.repeated-paragraph-articles", () -> c.getInt("stories.repeated-paragraph-articles"));
    if (repeated < 2) {
      throw new ConfigError("stories.repeated-paragraph-articles: must be at least 2, got " + repeated);
    }
    double ownShare = get("stories.min-own-share", () -> c.getDouble("stories.min-own-share"));
    if (!(ownShare >= 0 && ownShare <= 1)) {
      throw new ConfigError("stories.min-own-share: must be between 0 and 1, got " + ownShare);
    }
    this.stories = new StoryOptions(storiesOn, (int) window.toDays(), repeated, ownShare);
    String zone = get("run.time-zone", () -> c.getString("run.time-zone"));
    try {
      this.timeZone = ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new ConfigError("run.time-zone: unknown time zone '" + zone + "'");
    }
  }

  public static LedeConfig defaults() {
    return load(null, List.of());
  }

  /**
   * @param file a --conf file, or null
   * @param sets --set pairs "key=value"; the value is HOCON (a number, a string, a list...)
   */
  public static LedeConfig load(File file, List<String> sets) {
    return load(file, sets, Map.of());
  }

  /** {@link #load(File, List)}, with outlet names for input folders given on the command line. */
  public static LedeConfig load(File file, List<String> sets, Map<String, String> sourceNames) {
    Config defaults = ConfigFactory.parseResources(LedeConfig.class.getClassLoader(), DEFAULTS);
    if (defaults.isEmpty()) {
      throw new IllegalStateException("built-in defaults " + DEFAULTS + " are missing from the classpath");
    }
    Config user = ConfigFactory.empty();
    if (file != null) {
      if (!file.isFile()) {
        throw new ConfigError("--conf " + file + ": no such file");
      }
      try {
        user = ConfigFactory.parseFile(file, ConfigParseOptions.defaults().setSyntax(ConfigSyntax.CONF)
            .setAllowMissing(false));
      } catch (ConfigException e) {
        throw new ConfigError("--conf " + file + ": " + e.getMessage(), e);
      }
    }
    for (String s : sets) {
      int eq = s.indexOf('=');
      if (eq <= 0) {
        throw new ConfigError("--set " + s + ": expected key=value");
      }
      String key = s.substring(0, eq).trim();
      String value = s.substring(eq + 1).trim();
      Config one;
      try {
        one = ConfigFactory.parseString(quoteKey(key) + " = " + value);
      } catch (ConfigException e) {
        try {
          one = ConfigFactory.parseString(quoteKey(key) + " = " + com.typesafe.config.ConfigUtil.quoteString(value));
        } catch (ConfigException e2) {
          throw new ConfigError("--set " + key + ": cannot parse value '" + value + "'", e2);
        }
      }
      user = one.withFallback(user);
    }
    Set<String> unknown = new TreeSet<>();
    for (Map.Entry<String, ConfigValue> e : user.entrySet()) {
      if (!defaults.hasPathOrNull(e.getKey()) && !e.getKey().startsWith("input.source-names.")) {
        unknown.add(e.getKey());
      }
    }
    if (!unknown.isEmpty()) {
      throw new ConfigError("unknown configuration key" + (unknown.size() > 1 ? "s" : "") + ": "
          + String.join(", ", unknown) + " (see src/docs/configuration.md)");
    }
    Config merged;
    try {
      merged = user.withFallback(defaults).resolve();
    } catch (ConfigException e) {
      throw new ConfigError(e.getMessage(), e);
    }
    return new LedeConfig(merged, sourceNames);
  }

  private static String quoteKey(String key) {
    for (char ch : key.toCharArray()) {
      if (!(Character.isLetterOrDigit(ch) || ch == '.' || ch == '-' || ch == '_')) {
        throw new ConfigError("--set " + key + ": not a configuration key");
      }
    }
    return key;
  }

  private interface Getter<T> {
    T get();
  }

  private static <T> T get(String key, Getter<T> g) {
    try {
      return g.get();
    } catch (ConfigException.WrongType e) {
      throw new ConfigError(key + ": wrong type (" + e.getMessage().replaceFirst("^.*?: ", "") + ")", e);
    } catch (ConfigException.BadValue e) {
      throw new ConfigError(key + ": invalid value (" + e.getMessage() + ")", e);
    } catch (ConfigException e) {
      throw new ConfigError(key + ": " + e.getMessage(), e);
    }
  }

  private static String enumValue(Config c, String key, Set<String> allowed) {
    String v = get(key, () -> c.getString(key)).toLowerCase(Locale.ROOT);
    if (!allowed.contains(v)) {
      throw new ConfigError(key + ": must be one of " + new TreeSet<>(allowed) + ", got '" + v + "'");
    }
    return v;
  }

  private static long positive(Config c, String key, long max) {
    long v = get(key, () -> c.getBytes(key));
    if (v <= 0 || v > max) {
      throw new ConfigError(key + ": must be between 1 and " + max + " bytes, got " + v);
    }
    return v;
  }
}
