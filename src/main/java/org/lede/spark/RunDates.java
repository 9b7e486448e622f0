package org.lede.spark;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** The run dates under an output directory whose run completed (DIR/_runs/run_date=D/_SUCCESS), in order. */
public final class RunDates {
  private RunDates() {}

  public static List<String> completed(FileSystem fs, Path output) throws IOException {
    List<String> dates = new ArrayList<>();
    Path runs = new Path(output, LedeJob.RUNS);
    if (!fs.exists(runs)) {
      return dates;
    }
    for (FileStatus st : fs.listStatus(runs)) {
      String name = st.getPath().getName();
      if (!name.startsWith("run_date=") || !fs.exists(new Path(st.getPath(), LedeJob.MARKER))) {
        continue;
      }
      String d = name.substring("run_date=".length());
      try {
        LocalDate.parse(d);
      } catch (DateTimeParseException e) {
        continue;
      }
      dates.add(d);
    }
    Collections.sort(dates);
    return dates;
  }
}
