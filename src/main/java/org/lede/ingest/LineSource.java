package org.lede.ingest;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Lines of a stream for the record-per-line formats, decoded one line at a time (so one bad byte spoils one
 * line, not the file) and bounded in length: a line longer than {@code maxLineBytes} is skipped to its end
 * and returned as {@link Line#tooLong()}. Line ends are LF, CRLF or a lone CR. Files with a UTF-16 byte-order
 * mark are decoded as a whole stream.
 */
final class LineSource implements Closeable {
  record Line(String text, long number, List<String> flags, boolean tooLong) {}

  private final PushbackInputStream in;
  private final BufferedReader utf16;
  private final int maxLineBytes;
  private final ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
  private long number;
  private boolean first = true;

  LineSource(InputStream raw, int maxLineBytes) throws IOException {
    this.maxLineBytes = maxLineBytes;
    PushbackInputStream p = new PushbackInputStream(raw, 3);
    byte[] bom = new byte[3];
    int n = p.readNBytes(bom, 0, 3);
    boolean le = n >= 2 && (bom[0] & 0xFF) == 0xFF && (bom[1] & 0xFF) == 0xFE;
    boolean be = n >= 2 && (bom[0] & 0xFF) == 0xFE && (bom[1] & 0xFF) == 0xFF;
    if (le || be) {
      if (n == 3) {
        p.unread(bom, 2, 1);
      }
      this.utf16 = new BufferedReader(new InputStreamReader(p, le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE));
    } else {
      if (n > 0) {
        p.unread(bom, 0, n);
      }
      this.utf16 = null;
    }
    this.in = p;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    if (utf16 != null) {
      String s = utf16.readLine();
      if (s == null) {
        return null;
      }
      number++;
      return new Line(s, number, List.of(Decoded.UTF16), false);
    }
    buf.reset();
    boolean tooLong = false;
    int c;
    boolean any = false;
    while ((c = in.read()) != -1) {
      any = true;
      if (c == '\n') {
        break;
      }
      if (c == '\r') {
        int d = in.read();
        if (d != '\n' && d != -1) {
          in.unread(d);
        }
        break;
      }
      if (buf.size() < maxLineBytes) {
        buf.write(c);
      } else {
        tooLong = true;
      }
    }
    if (!any) {
      return null;
    }
    number++;
    if (tooLong) {
      return new Line(null, number, List.of(), true);
    }
    byte[] bytes = buf.toByteArray();
    int off = 0;
    if (first && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      off = 3;
    }
    first = false;
    Decoded d = Decoded.of(bytes, off, bytes.length - off);
    return new Line(d.text(), number, d.flags(), false);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
