package org.lede.spark.input;

import java.io.Serializable;
import java.util.Objects;

/**
 * One file to read: its fully qualified path, size and modification time (epoch millis). A plain class rather
 * than a record, so it also travels with Kryo (spark.serializer), which cannot build records.
 */
public final class InputFile implements Serializable {
  private static final long serialVersionUID = 1L;

  private String path;
  private long size;
  private long modificationTime;

  /** For serializers. */
  InputFile() {}

  public InputFile(String path, long size, long modificationTime) {
    this.path = path;
    this.size = size;
    this.modificationTime = modificationTime;
  }

  public String path() {
    return path;
  }

  public long size() {
    return size;
  }

  public long modificationTime() {
    return modificationTime;
  }

  /**
   * Opens the file's bytes. On the local file system the raw file system is used: its checksum layer cannot
   * open names with a colon (2024-01-01T10:00:00.txt) and lede never writes the .crc files it checks.
   */
  public java.io.InputStream open(org.apache.hadoop.conf.Configuration conf) throws java.io.IOException {
    return open(conf, 0);
  }

  /** The file's bytes from {@code offset} on (a seek, not a read of what lies before). */
  public java.io.InputStream open(org.apache.hadoop.conf.Configuration conf, long offset) throws java.io.IOException {
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
    org.apache.hadoop.fs.FileSystem fs = p.getFileSystem(conf);
    if (fs instanceof org.apache.hadoop.fs.LocalFileSystem local) {
      fs = local.getRawFileSystem();
    }
    org.apache.hadoop.fs.FSDataInputStream in = fs.open(p);
    if (offset > 0) {
      in.seek(offset);
    }
    return in;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InputFile f && f.path.equals(path) && f.size == size
        && f.modificationTime == modificationTime;
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, size, modificationTime);
  }

  @Override
  public String toString() {
    return path;
  }
}
