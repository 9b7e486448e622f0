package org.lede.ingest;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Lines of a stream for the record-per-line formats, decoded one line at a time (so one bad byte spoils one
 * line, not the file) and bounded in length: a line longer than {@code maxLineBytes} is skipped to its end
 * and returned as {@link Line#tooLong()}. Line ends are LF, CRLF or a lone CR. Files with a UTF-16 byte-order
 * mark are decoded as a whole stream.
 *
 * <p>The bytes are read in blocks and searched for line ends in place; a line is copied only when it spans two
 * blocks. A source can also read one byte range of a file, a {@link Split}: it then starts at the first line
 * that starts in the range (a line starts at byte 0 and after every line end) and ends after the last one,
 * so that the splits of a file read each of its lines exactly once, numbered as in the whole file.
 */
final class LineSource implements Closeable {
  /**
   * One line.
   *
   * @param number 1-based line number in the file
   * @param offset the byte offset of the line's first byte in the file
   */
  record Line(String text, long number, long offset, List<String> flags, boolean tooLong) {}

  /**
   * A byte range {@code [start, end)} of a file: its lines are those that start in it; {@code firstLine} is
   * the number of the first of them (the lines that start before {@code start}, plus one).
   */
  record Split(long start, long end, long firstLine) {}

  private static final int BLOCK = 1 << 16;

  private final InputStream in;
  private final BufferedReader utf16;
  private final int maxLineBytes;
  private final long end;
  private byte[] block = new byte[BLOCK];
  private int pos;
  private int lim;
  private boolean eof;
  /** File offset of {@code block[0]}. */
  private long blockOffset;
  private byte[] line = new byte[256];
  private long number;
  private boolean first = true;

  /** The lines of a whole stream. */
  LineSource(InputStream raw, int maxLineBytes) throws IOException {
    this.maxLineBytes = maxLineBytes;
    this.end = Long.MAX_VALUE;
    this.in = raw;
    while (lim < 2 && fillMore()) {
      // the first bytes, for a byte-order mark
    }
    boolean le = lim >= 2 && (block[0] & 0xFF) == 0xFF && (block[1] & 0xFF) == 0xFE;
    boolean be = lim >= 2 && (block[0] & 0xFF) == 0xFE && (block[1] & 0xFF) == 0xFF;
    if (le || be) {
      InputStream rest = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(block, 2, lim - 2), raw);
      this.utf16 = new BufferedReader(new InputStreamReader(rest, le ? StandardCharsets.UTF_16LE
          : StandardCharsets.UTF_16BE));
    } else {
      this.utf16 = null;
    }
  }

  /**
   * The lines of one split of a file. {@code raw} is positioned at {@code split.start() - 1} (at 0 for the
   * first split), so the byte before the range says whether a line starts at its first byte.
   */
  LineSource(InputStream raw, int maxLineBytes, Split split) throws IOException {
    this.maxLineBytes = maxLineBytes;
    this.end = split.end();
    this.in = raw;
    this.utf16 = null;
    this.number = split.firstLine() - 1;
    this.blockOffset = split.start() == 0 ? 0 : split.start() - 1;
    fill();
    if (split.start() > 0) {
      this.first = false;
      // skip the end of the line that began before the range: up to and including the first line end at or
      // after the byte before it
      int c = read();
      if (c == '\r') {
        if (peek() == '\n') {
          read();
        }
      } else if (c != '\n' && c != -1) {
        skipLine();
      }
    }
  }

  /** The next line, or null at the end of the stream (or of the split). */
  Line next() throws IOException {
    if (utf16 != null) {
      String s = utf16.readLine();
      if (s == null) {
        return null;
      }
      number++;
      return new Line(s, number, -1, List.of(Decoded.UTF16), false);
    }
    long start = blockOffset + pos;
    if (start >= end || pos >= lim && !fill()) {
      return null;
    }
    int length = 0;
    boolean tooLong = false;
    while (true) {
      int from = pos;
      int i = from;
      while (i < lim && block[i] != '\n' && block[i] != '\r') {
        i++;
      }
      int n = i - from;
      if (!tooLong) {
        if (length + n > maxLineBytes) {
          tooLong = true;
        } else {
          if (length + n > line.length) {
            line = Arrays.copyOf(line, Math.max(length + n, Math.min(maxLineBytes, line.length * 2)));
          }
          System.arraycopy(block, from, line, length, n);
          length += n;
        }
      }
      pos = i;
      if (i < lim) {
        pos++;
        if (block[i] == '\r' && peek() == '\n') {
          pos++;
        }
        break;
      }
      if (!fill()) {
        break; // the last line has no line end
      }
    }
    number++;
    if (tooLong) {
      return new Line(null, number, start, List.of(), true);
    }
    int off = 0;
    if (first && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
      off = 3;
    }
    first = false;
    Decoded d = Decoded.of(line, off, length - off);
    return new Line(d.text(), number, start, d.flags(), false);
  }

  /** Lines and non-blank lines: what {@link #count} finds in a split. */
  record Counts(long lines, long nonBlank) {}

  /**
   * The lines that start in this source's split, and how many of them are not {@link #isBlank blank}, from
   * their bytes alone (nothing is decoded): what a reader of the split would return, counted at the speed of
   * a scan.
   */
  Counts count() throws IOException {
    long lines = 0;
    long nonBlank = 0;
    while (blockOffset + pos < end && (pos < lim || fill())) {
      lines++;
      boolean blank = true;
      boolean atStart = first;
      first = false;
      int skipBom = atStart && lim - pos >= 3 && (block[pos] & 0xFF) == 0xEF && (block[pos + 1] & 0xFF) == 0xBB
          && (block[pos + 2] & 0xFF) == 0xBF ? 3 : 0;
      pos += skipBom;
      boolean ended = false;
      while (!ended) {
        while (pos < lim) {
          byte b = block[pos++];
          if (b == '\n') {
            ended = true;
            break;
          }
          if (b == '\r') {
            if (peek() == '\n') {
              pos++;
            }
            ended = true;
            break;
          }
          if (b != ' ' && b != '\t' && b != 0x0B && b != '\f') {
            blank = false;
          }
        }
        if (!ended && !fill()) {
          break;
        }
      }
      if (!blank) {
        nonBlank++;
      }
    }
    return new Counts(lines, nonBlank);
  }

  /** True when the line has no bytes but JSON's white space (space, tab): a blank line, not a record. */
  static boolean isBlank(Line l) {
    if (l.tooLong() || l.text() == null) {
      return false;
    }
    String t = l.text();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c != ' ' && c != '\t' && c != '\u000B' && c != '\f') {
        return false;
      }
    }
    return true;
  }

  private void skipLine() throws IOException {
    while (true) {
      while (pos < lim) {
        byte b = block[pos++];
        if (b == '\n') {
          return;
        }
        if (b == '\r') {
          if (peek() == '\n') {
            pos++;
          }
          return;
        }
      }
      if (!fill()) {
        return;
      }
    }
  }

  private int read() throws IOException {
    if (pos >= lim && !fill()) {
      return -1;
    }
    return block[pos++] & 0xFF;
  }

  /** The next byte without consuming it, or -1 at the end. */
  private int peek() throws IOException {
    if (pos >= lim && !fill()) {
      return -1;
    }
    return block[pos] & 0xFF;
  }

  /**
   * Reads the next block (keeping nothing of the last) with one read of the stream, so the lines before a
   * damaged part of a stream (a truncated gzip) are returned before the damage is met; false at the end.
   */
  private boolean fill() throws IOException {
    blockOffset += lim;
    pos = 0;
    lim = 0;
    return fillMore();
  }

  /** Appends what one read of the stream gives to the block; false at the end of the stream. */
  private boolean fillMore() throws IOException {
    while (!eof) {
      int n = in.read(block, lim, block.length - lim);
      if (n < 0) {
        eof = true;
      } else if (n > 0) {
        lim += n;
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
