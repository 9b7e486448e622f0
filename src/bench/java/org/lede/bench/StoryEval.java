package org.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.lede.config.LedeConfig;
import org.lede.spark.LedeJob;
import org.lede.spark.RunSpec;

/**
 * The story step's pair precision and recall on a corpus of copies generated from article texts (the
 * development articles, JSON Lines with "title" and "text", given as arguments; and articles of
 * {@link CorpusGenerator}). Each original gets 0 to 6 copies, each of one kind: the same text with a new
 * headline and byline; cut at the end keeping 50-90% of its words, or to its first third, half or two thirds
 * of the paragraphs; with an introduction or a footer; with one word in twenty changed; all at once (cut to
 * three quarters, an introduction, edits); paragraphs reordered or merged in pairs; a quote trimmed; a new
 * dateline; an hourly update with a new paragraph on top. Pairs
 * of originals get the same first sentence (a press release) and the same quoted statement, and must stay
 * apart. Articles are spread over two run dates. The job runs both
 * nights in local mode; every pair of articles counts. Articles of a source set with the same text (the BBC
 * set has a few) are one family.
 * Usage: StoryEval WORK_DIR ARTICLES.jsonl...
 */
public final class StoryEval {
  private StoryEval() {}

  private static final ObjectMapper JSON = new ObjectMapper();
  static final String[] KINDS = {"headline", "cut", "cut-third", "cut-half", "cut-two-thirds", "intro", "footer",
      "edits", "combined", "reordered", "merged", "quote-trimmed", "dateline", "update"};

  record Doc(String id, String family, String kind, String title, List<String> paragraphs, int night) {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    List<Doc> originals = new ArrayList<>();
    Map<String, String> familyOfText = new HashMap<>(); // a source set's own repeated articles are one family
    for (int i = 1; i < args.length; i++) {
      try (BufferedReader in = Files.newBufferedReader(Path.of(args[i]), StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          JsonNode n = JSON.readTree(line);
          String title = n.has("title") ? n.get("title").asText() : firstWords(n.get("text").asText());
          String text = n.get("text").asText();
          String family = familyOfText.computeIfAbsent(text.replaceAll("\\s+", " ").trim(), t -> n.get("id").asText());
          originals.add(new Doc(n.get("id").asText(), family, "original", title, paragraphs(text), 1));
        }
      }
    }
    int dev = originals.size();
    Random r = new Random(17);
    for (int i = 0; i < 300; i++) {
      String a = CorpusGenerator.article(r, 4 + r.nextInt(10));
      String[] parts = a.split("\n\n");
      List<String> ps = new ArrayList<>();
      for (int p = 1; p < parts.length - 1; p++) {
        ps.add(parts[p].trim());
      }
      originals.add(new Doc("gen-" + i, "gen-" + i, "original", parts[0].trim(), ps, 1));
    }
    List<Doc> docs = generate(originals, r);
    Path in1 = work.resolve("night-1");
    Path in2 = work.resolve("night-2");
    write(docs, 1, in1.resolve("articles.jsonl"));
    write(docs, 2, in2.resolve("articles.jsonl"));
    Path out = work.resolve("out");
    SparkSession spark = SparkSession.builder().master("local[2]").appName("lede-story-eval")
        .config("spark.ui.enabled", "false").getOrCreate();
    LedeConfig config = LedeConfig.defaults();
    long t0 = System.nanoTime();
    LedeJob.run(spark, new RunSpec(List.of(in1.toString()), out.toString(), LocalDate.parse("2026-03-01"), config,
        null, false));
    LedeJob.run(spark, new RunSpec(List.of(in2.toString()), out.toString(), LocalDate.parse("2026-03-02"), config,
        null, false));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    Map<String, String> story = new HashMap<>();
    for (Row row : spark.read().parquet(out.resolve("articles").toString()).select("url", "story_id")
        .collectAsList()) {
      story.put(row.getString(0).replaceAll(".*/", ""), row.getString(1));
    }
    spark.stop();
    report(docs, story, dev, originals.size() - dev, ms);
  }

  static void report(List<Doc> docs, Map<String, String> story, int dev, int generated, long ms) {
    Map<String, Long> byStory = new HashMap<>();
    Map<String, Long> byFamily = new HashMap<>();
    Map<String, Long> byBoth = new HashMap<>();
    Map<String, String> originalStory = new HashMap<>();
    int missing = 0;
    for (Doc d : docs) {
      String s = story.get(d.id());
      if (s == null) {
        missing++;
        continue;
      }
      byStory.merge(s, 1L, Long::sum);
      byFamily.merge(d.family(), 1L, Long::sum);
      byBoth.merge(s + "\u0000" + d.family(), 1L, Long::sum);
      if (d.kind().equals("original")) {
        originalStory.put(d.family(), s);
      }
    }
    long predicted = pairs(byStory);
    long truth = pairs(byFamily);
    long right = pairs(byBoth);
    Map<String, int[]> kinds = new LinkedHashMap<>();
    for (Doc d : docs) {
      if (!d.kind().equals("original") && story.containsKey(d.id())) {
        int[] k = kinds.computeIfAbsent(d.kind(), x -> new int[2]);
        k[0]++;
        if (story.get(d.id()).equals(originalStory.get(d.family()))) {
          k[1]++;
        }
      }
    }
    System.out.printf("articles %d (originals: %d development, %d generated), missing from output %d%n",
        docs.size(), dev, generated, missing);
    System.out.printf("true pairs %d, predicted pairs %d, right %d%n", truth, predicted, right);
    System.out.printf("pair precision %.4f  pair recall %.4f%n", predicted == 0 ? 1.0 : (double) right / predicted,
        truth == 0 ? 1.0 : (double) right / truth);
    Map<String, java.util.Set<String>> families = new HashMap<>();
    for (Doc d : docs) {
      if (story.containsKey(d.id())) {
        families.computeIfAbsent(story.get(d.id()), x -> new java.util.TreeSet<>()).add(d.family());
      }
    }
    families.values().stream().filter(f -> f.size() > 1).limit(10)
        .forEach(f -> System.out.println("  joined apart families: " + f));
    kinds.forEach((k, v) -> System.out.printf("  copies of kind %-8s %4d, in their original's story %.4f%n", k,
        v[0], (double) v[1] / v[0]));
    System.out.printf("both nights' runs: %d ms%n", ms);
  }

  private static long pairs(Map<String, Long> counts) {
    long n = 0;
    for (long c : counts.values()) {
      n += c * (c - 1) / 2;
    }
    return n;
  }

  static List<Doc> generate(List<Doc> originals, Random r) {
    List<Doc> docs = new ArrayList<>();
    // pairs of different articles that open with the same press-release sentence and quote the same statement
    List<Doc> shaped = new ArrayList<>(originals);
    for (int i = 0; i + 1 < shaped.size(); i += 10) {
      String release = CorpusGenerator.paragraph(r, 120);
      String quote = "\"" + CorpusGenerator.paragraph(r, 200) + "\" the statement said.";
      for (int j = i; j <= i + 1; j++) {
        Doc d = shaped.get(j);
        List<String> ps = new ArrayList<>(d.paragraphs());
        ps.set(0, release + " " + ps.get(0));
        ps.add(Math.min(2, ps.size()), quote);
        shaped.set(j, new Doc(d.id(), d.family(), d.kind(), d.title(), ps, d.night()));
      }
    }
    for (Doc o : shaped) {
      Doc original = new Doc(o.id(), o.family(), "original", o.title(), o.paragraphs(), r.nextInt(5) == 0 ? 2 : 1);
      docs.add(original);
      int copies = r.nextInt(10) < 4 ? 0 : 1 + r.nextInt(6);
      for (int c = 0; c < copies; c++) {
        String kind = KINDS[r.nextInt(KINDS.length)];
        List<String> ps = copy(kind, o.paragraphs(), r);
        int night = original.night() == 2 ? 2 : 1 + r.nextInt(2);
        docs.add(new Doc(o.id() + "-copy" + c, o.family(), kind, "Outlet " + c + ": " + o.title(), ps, night));
      }
    }
    return docs;
  }

  static List<String> copy(String kind, List<String> ps, Random r) {
    List<String> out = new ArrayList<>(ps);
    switch (kind) {
      case "cut", "cut75" -> {
        int words = 0;
        for (String p : ps) {
          words += p.split(" ").length;
        }
        double keep = kind.equals("cut") ? 0.5 + 0.4 * r.nextDouble() : 0.75;
        int kept = 0;
        out.clear();
        for (String p : ps) {
          if (kept >= keep * words) {
            break;
          }
          out.add(p);
          kept += p.split(" ").length;
        }
      }
      case "cut-third", "cut-half", "cut-two-thirds" -> { // whole paragraphs, as a paper cuts a wire story
        int keep = Math.max(1, (int) Math.round(ps.size() * (kind.equals("cut-third") ? 1 / 3.0
            : kind.equals("cut-half") ? 0.5 : 2 / 3.0)));
        return new ArrayList<>(ps.subList(0, Math.min(ps.size(), keep)));
      }
      case "reordered" -> { // two paragraphs after the first swapped, as an editor moves a quote up
        if (out.size() >= 4) {
          java.util.Collections.swap(out, 1 + r.nextInt(out.size() - 2), 1 + r.nextInt(out.size() - 2));
          java.util.Collections.swap(out, 1, out.size() - 1);
        }
      }
      case "merged" -> { // pairs of short paragraphs joined into one
        out.clear();
        for (int i = 0; i < ps.size(); i += 2) {
          out.add(i + 1 < ps.size() ? ps.get(i) + " " + ps.get(i + 1) : ps.get(i));
        }
      }
      case "quote-trimmed" -> { // the longest paragraph loses its second half
        int longest = 0;
        for (int i = 1; i < ps.size(); i++) {
          longest = ps.get(i).length() > ps.get(longest).length() ? i : longest;
        }
        String[] w = ps.get(longest).split(" ");
        out.set(longest, String.join(" ", java.util.Arrays.asList(w).subList(0, Math.max(1, w.length / 2))));
      }
      case "dateline" -> out.set(0, "RIVERTON, " + CorpusGenerator.word(r).toUpperCase(java.util.Locale.ROOT)
          + " (Wire) - " + ps.get(0));
      case "update" -> { // the story an hour later: a new top paragraph, and the old lede moved down
        out.add(0, "UPDATED " + (1 + r.nextInt(12)) + ":00: " + CorpusGenerator.paragraph(r, 120 + r.nextInt(200)));
      }
      case "intro" -> out.add(0, CorpusGenerator.paragraph(r, 150 + r.nextInt(250)));
      case "footer" -> out.add(CorpusGenerator.paragraph(r, 100 + r.nextInt(300)));
      case "combined" -> { // cut to about three quarters, with an introduction, then edited
        List<String> c = copy("cut75", ps, r);
        c.add(0, CorpusGenerator.paragraph(r, 150 + r.nextInt(250)));
        return copy("edits", c, r);
      }
      case "edits" -> {
        out.clear();
        for (String p : ps) {
          String[] w = p.split(" ");
          for (int i = 0; i < w.length; i++) {
            if (r.nextInt(20) == 0) {
              w[i] = CorpusGenerator.word(r);
            }
          }
          out.add(String.join(" ", w));
        }
      }
      default -> { } // headline: the same text under a new headline and byline
    }
    return out;
  }

  /** Paragraphs of a text; a text that is one block becomes paragraphs of three sentences. */
  static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String p : text.split("\n\\s*\n")) {
      if (!p.isBlank()) {
        out.add(p.trim().replaceAll("\\s+", " "));
      }
    }
    if (out.size() > 1) {
      return out;
    }
    String[] sentences = out.isEmpty() ? new String[0] : out.get(0).split("(?<=[.!?]) (?=[A-Z\"])");
    out = new ArrayList<>();
    for (int i = 0; i < sentences.length; i += 3) {
      out.add(String.join(" ", java.util.Arrays.asList(sentences).subList(i, Math.min(sentences.length, i + 3))));
    }
    return out;
  }

  private static String firstWords(String text) {
    String[] w = text.split("\\s+");
    return String.join(" ", java.util.Arrays.asList(w).subList(0, Math.min(8, w.length)));
  }

  static void write(List<Doc> docs, int night, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Doc d : docs) {
        if (d.night() == night) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("title", d.title());
          m.put("text", String.join("\n\n", d.paragraphs()));
          m.put("url", "https://outlet" + Math.abs(d.id().hashCode() % 40) + ".example/" + d.id());
          w.write(JSON.writeValueAsString(m));
          w.write('\n');
        }
      }
    }
  }
}
