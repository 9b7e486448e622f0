package org.lede.spark.output;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FileSystem;

/** Writes and reads a run's {@code summary.json} and its {@code _SUCCESS} marker: the one place that does. */
public final class RunSummaryFile {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      // summaries written by later versions may carry more keys
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private RunSummaryFile() {}

  /** Writes the summary, then the marker that says the date's run completed (last, so it means that). */
  public static void write(FileSystem fs, OutputLayout layout, RunSummary s) throws IOException {
    fs.mkdirs(layout.runDir(s.runDate()));
    try (OutputStream o = fs.create(layout.summary(s.runDate()), true)) {
      o.write(JSON.writeValueAsBytes(s));
    }
    try (OutputStream o = fs.create(layout.marker(s.runDate()), true)) {
      o.write((s.runId() + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  public static RunSummary read(FileSystem fs, OutputLayout layout, String date) throws IOException {
    try (InputStream in = fs.open(layout.summary(date))) {
      return JSON.readValue(in, RunSummary.class);
    }
  }
}
