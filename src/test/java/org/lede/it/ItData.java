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
  static final String[] TABLES = {"articles", "paragraphs", "rejects", "stories"};
  /** Articles in {@link #corpus}: the sample corpus' 15, 300 generated ones and 20 copies of them. */
  static final int ARTICLES = 335;

  private ItData() {}

  /**
   * A corpus big enough to take a while: the sample corpus plus 300 generated articles of 60 sentences, and
   * 20 copies of them (a new headline, the last third cut) that must end in the story of their original.
   */
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
      if (f % 15 == 0) {
        String body = b.substring(b.indexOf("\n\n"));
        Files.writeString(gen.resolve("copy-" + f + ".txt"), "Another Outlet Runs Story " + f
            + body.substring(0, body.length() * 2 / 3));
      }
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
    // the stories' first and last times are the articles' processing times when, as here, they have no dates
    for (String c : new String[] {"run_id", "processed_at", "run_date", "first_seen_at", "last_seen_at"}) {
      if (List.of(d.columns()).contains(c)) {
        d = d.drop(c);
      }
    }
    return d.toJSON().collectAsList().stream().sorted().toList();
  }
}
