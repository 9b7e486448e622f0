package org.lede.spark.nightly;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.lede.spark.output.OutputLayout;

/** The run dates under an output directory whose run completed (DIR/_runs/run_date=D/_SUCCESS), in order. */
public final class RunDates {
  private RunDates() {}

  public static List<String> completed(FileSystem fs, Path output) throws IOException {
    List<String> dates = new ArrayList<>();
    OutputLayout layout = new OutputLayout(output);
    if (!fs.exists(layout.runs())) {
      return dates;
    }
    for (FileStatus st : fs.listStatus(layout.runs())) {
      LocalDate d = OutputLayout.dateOf(st.getPath());
      if (d != null && fs.exists(layout.marker(d.toString()))) {
        dates.add(d.toString());
      }
    }
    Collections.sort(dates);
    return dates;
  }
}
