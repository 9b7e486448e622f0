package org.lede.spark.input;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.lede.config.ConfigError;

/**
 * Expands --input arguments on the driver: files, directories (recursively) and globs, on any Hadoop file
 * system; a path that exists is taken literally, so file names may hold glob characters. Inside directories, names starting with '.' or '_' are skipped (hidden files, _SUCCESS markers).
 * An argument that matches nothing is an error; a file listed twice is read once.
 */
public final class InputListing {
  private InputListing() {}

  public static List<InputFile> list(Configuration conf, List<String> inputs) {
    Map<String, InputFile> files = new LinkedHashMap<>();
    for (String input : inputs) {
      try {
        // a bare name with a colon would read as a URI scheme ("2024-01-01T10:00:00.txt"): make it relative
        Path p = new Path(input.indexOf(':') > 0 && input.indexOf('/') < 0 ? "./" + input : input);
        FileSystem fs = p.getFileSystem(conf);
        // a path that exists is taken as it is, so names with glob characters ("[draft].txt") are read
        FileStatus[] matches = fs.exists(p) ? new FileStatus[] {fs.getFileStatus(p)} : fs.globStatus(p);
        if (matches == null || matches.length == 0) {
          throw new ConfigError("--input " + input + ": no such file or directory");
        }
        int before = files.size();
        for (FileStatus st : matches) {
          if (st.isDirectory()) {
            walk(fs, st.getPath(), files);
          } else {
            put(files, st);
          }
        }
        if (files.size() == before && matches.length > 0 && allDirectories(matches)) {
          throw new ConfigError("--input " + input + ": the directory holds no files");
        }
      } catch (IOException | IllegalArgumentException e) {
        throw new ConfigError("--input " + input + ": " + e.getMessage(), e);
      }
    }
    return new ArrayList<>(files.values());
  }

  /**
   * Files below a directory, depth first, skipping hidden names. Plain listStatus: located statuses would ask
   * the local file system for permissions, one process per file.
   */
  private static void walk(FileSystem fs, Path dir, Map<String, InputFile> files) throws IOException {
    FileStatus[] children = fs.listStatus(dir);
    java.util.Arrays.sort(children);
    for (FileStatus c : children) {
      String name = c.getPath().getName();
      if (name.startsWith(".") || name.startsWith("_")) {
        continue;
      }
      if (c.isDirectory()) {
        walk(fs, c.getPath(), files);
      } else {
        put(files, c);
      }
    }
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
}
