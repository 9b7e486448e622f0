package org.lede.spark;

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
            walk(fs, st.getPath(), files);
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
