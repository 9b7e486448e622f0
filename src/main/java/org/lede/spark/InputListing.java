package org.lede.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.lede.config.ConfigError;

/**
 * Expands --input arguments on the driver: files, directories (recursively) and globs, on any Hadoop file
 * system. Inside directories, names starting with '.' or '_' are skipped (hidden files, _SUCCESS markers).
 * An argument that matches nothing is an error; a file listed twice is read once.
 */
final class InputListing {
  private InputListing() {}

  static List<InputFile> list(Configuration conf, List<String> inputs) {
    Map<String, InputFile> files = new LinkedHashMap<>();
    for (String input : inputs) {
      Path p = new Path(input);
      try {
        FileSystem fs = p.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(p);
        if (matches == null || matches.length == 0) {
          throw new ConfigError("--input " + input + ": no such file or directory");
        }
        int before = files.size();
        for (FileStatus st : matches) {
          if (st.isDirectory()) {
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
            while (it.hasNext()) {
              LocatedFileStatus f = it.next();
              if (!hidden(st.getPath(), f.getPath())) {
                put(files, f);
              }
            }
          } else {
            put(files, st);
          }
        }
        if (files.size() == before && matches.length > 0 && allDirectories(matches)) {
          throw new ConfigError("--input " + input + ": the directory holds no files");
        }
      } catch (IOException e) {
        throw new ConfigError("--input " + input + ": " + e.getMessage(), e);
      }
    }
    return new ArrayList<>(files.values());
  }

  private static boolean allDirectories(FileStatus[] st) {
    for (FileStatus s : st) {
      if (!s.isDirectory()) {
        return false;
      }
    }
    return true;
  }

  private static void put(Map<String, InputFile> files, FileStatus st) {
    String path = st.getPath().toString();
    files.putIfAbsent(path, new InputFile(path, st.getLen(), st.getModificationTime()));
  }

  /** True when a path below root has a component starting with '.' or '_'. */
  private static boolean hidden(Path root, Path file) {
    String rel = file.toUri().getPath().substring(Math.min(root.toUri().getPath().length(),
        file.toUri().getPath().length()));
    for (String part : rel.split("/")) {
      if (!part.isEmpty() && (part.startsWith(".") || part.startsWith("_"))) {
        return true;
      }
    }
    return false;
  }
}
