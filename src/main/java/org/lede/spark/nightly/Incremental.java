package org.lede.spark.nightly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.lede.spark.input.InputFile;
import org.lede.spark.output.OutputLayout;

/**
 * Nightly incremental input. Each successful run writes {@code DIR/_runs/run_date=D/manifest.json}: the files
 * it read, with size and modification time. A run for date D skips every listed file that a successful run
 * for an earlier date already read with the same size and modification time; a changed file counts as new.
 * A rerun for D therefore reads D's files again plus anything new. {@code --reprocess} reads everything;
 * {@code --since S} ignores the manifests of runs dated S or later, so their files are read again.
 */
public final class Incremental {
  private Incremental() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Files to read and files skipped, with the run that read each skipped one. */
  public record Selection(List<InputFile> read, Map<InputFile, String> skipped) {}

  public static Selection select(FileSystem fs, OutputLayout layout, LocalDate runDate, LocalDate since,
      boolean reprocess, List<InputFile> listed) throws IOException {
    if (reprocess) {
      return new Selection(listed, Map.of());
    }
    Map<String, String> seen = new HashMap<>(); // path|size|mtime -> run date
    if (fs.exists(layout.runs())) {
      for (FileStatus st : fs.listStatus(layout.runs())) {
        LocalDate d = OutputLayout.dateOf(st.getPath());
        if (d == null || !d.isBefore(runDate) || (since != null && !d.isBefore(since))) {
          continue;
        }
        Path manifest = layout.manifest(d.toString());
        if (!fs.exists(layout.marker(d.toString())) || !fs.exists(manifest)) {
          continue; // unfinished or failed runs do not count
        }
        try (InputStream in = fs.open(manifest)) {
          for (JsonNode f : JSON.readTree(in).get("files")) {
            seen.putIfAbsent(key(f.get("path").asText(), f.get("size").asLong(), f.get("modification_time").asLong()),
                d.toString());
          }
        }
      }
    }
    List<InputFile> read = new ArrayList<>();
    Map<InputFile, String> skipped = new LinkedHashMap<>();
    for (InputFile f : listed) {
      String by = seen.get(key(f.path(), f.size(), f.modificationTime()));
      if (by == null) {
        read.add(f);
      } else {
        skipped.put(f, by);
      }
    }
    return new Selection(read, skipped);
  }

  public static void writeManifest(FileSystem fs, OutputLayout layout, String runDate, List<InputFile> read)
      throws IOException {
    List<Map<String, Object>> files = new ArrayList<>();
    for (InputFile f : read) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", f.path());
      m.put("size", f.size());
      m.put("modification_time", f.modificationTime());
      files.add(m);
    }
    try (OutputStream o = fs.create(layout.manifest(runDate), true)) {
      o.write(JSON.writeValueAsBytes(Map.of("files", files)));
    }
  }

  private static String key(String path, long size, long mtime) {
    return path + '|' + size + '|' + mtime;
  }
}
