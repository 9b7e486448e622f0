package org.lede.spark.input;

import java.io.Serializable;
import org.lede.ingest.FilePart;

/**
 * What one task reads of a file: all of it, or one {@link FilePart} of a JSON Lines file the job split. A
 * plain class rather than a record, so it also travels with Kryo (spark.serializer), which cannot build
 * records.
 */
public final class InputPart implements Serializable {
  private static final long serialVersionUID = 1L;

  private InputFile file;
  private long start;
  private long end;
  private long firstLine;
  private long firstRecord;
  private boolean whole;

  /** For serializers. */
  InputPart() {}

  private InputPart(InputFile file, long start, long end, long firstLine, long firstRecord, boolean whole) {
    this.file = file;
    this.start = start;
    this.end = end;
    this.firstLine = firstLine;
    this.firstRecord = firstRecord;
    this.whole = whole;
  }

  /** The whole file. */
  public static InputPart whole(InputFile f) {
    return new InputPart(f, 0, f.size(), 1, 0, true);
  }

  /** Bytes {@code [start, end)} of {@code f}, numbered from its line {@code firstLine} and record {@code firstRecord}. */
  public static InputPart of(InputFile f, long start, long end, long firstLine, long firstRecord) {
    return new InputPart(f, start, end, firstLine, firstRecord, false);
  }

  public InputFile file() {
    return file;
  }

  public long start() {
    return start;
  }

  public long end() {
    return end;
  }

  /** Bytes of the file this part covers. */
  public long size() {
    return end - start;
  }

  /** The part to give the file reader, or null for a whole file. */
  public FilePart filePart() {
    return whole ? null : new FilePart(start, end, firstLine, firstRecord);
  }

  /** True for the part that holds the file's last byte (or the whole file): the file is read when it is. */
  public boolean last() {
    return end >= file.size();
  }

  @Override
  public String toString() {
    return whole ? file.path() : file.path() + " [" + start + ", " + end + ")";
  }
}
