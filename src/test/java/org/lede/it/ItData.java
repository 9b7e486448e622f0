package org.lede.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The integration tests' corpus and their row-for-row comparison of output tables. */
final class ItData {
  static final Path PROJECT = Path.of(System.getProperty("lede.project.dir", "."));
  static final String[] TABLES = {"articles", "paragraphs", "rejects"};
  /** Articles in {@link #corpus}: the sample corpus' 15 and 300 generated ones. */
  static final int ARTICLES = 315;

  private ItData() {}

  /** A corpus big enough to take a while: the sample corpus plus 300 generated articles of 60 sentences. */
  static Path corpus(Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir);
    copyTree(PROJECT.resolve("src/samples/corpus"), corpus.resolve("samples"));
    Path gen = Files.createDirectories(corpus.resolve("generated"));
    String[] words = {"council", "budget", "river", "school", "voters", "approved", "delayed", "the", "plan",
        "near", "bridge", "museum", "praised", "criticized", "funding", "residents", "said", "on", "Monday"};
    Random r = new Random(42);
    for (int f = 0; f < 300; f++) {
      StringBuilder b = new StringBuilder("Generated Story Number " + f + "\n\n");
      for (int p = 0; p < 12; p++) {
        for (int s = 0; s < 5; s++) {
          b.append("The");
          for (int w = 0; w < 12; w++) {
            b.append(' ').append(words[r.nextInt(words.length)]);
          }
          b.append(". ");
        }
        b.append("\n\n");
      }
      Files.writeString(gen.resolve("story-" + f + ".txt"), b.toString());
    }
    return corpus;
  }

  static void copyTree(Path from, Path to) throws Exception {
    try (var s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }

  /** A table's rows for a date as sorted JSON strings, without the columns that differ between runs. */
  static List<String> rows(SparkSession reader, String output, String table, String date) {
    Dataset<Row> d = reader.read().parquet(output + "/" + table).where("run_date = '" + date + "'");
    for (String c : new String[] {"run_id", "processed_at", "run_date"}) {
      if (List.of(d.columns()).contains(c)) {
        d = d.drop(c);
      }
    }
    return d.toJSON().collectAsList().stream().sorted().toList();
  }
}
