package org.lede.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CSV (RFC 4180) with a header row: fields separated by the configured delimiter, optionally in double quotes,
 * quotes doubled inside quoted fields, line breaks allowed inside quoted fields. Columns are mapped to fields
 * by header name. A record whose field count differs from the header's is rejected; a quote left open at the
 * end of the file (or past input.max-record-bytes or 1,000 lines) rejects the record where it opened, and reading resumes on
 * the following line, so one stray quote costs one record, not the rest of the file.
 */
final class CsvFormat implements RecordIterator {
  /** A quoted field spanning more lines than this is taken for an unbalanced quote. */
  static final int MAX_LINES = 1000;
  private final String path;
  private final LineSource lines;
  private final IngestOptions options;
  private final char delim;
  private final Deque<LineSource.Line> pushback = new ArrayDeque<>();
  private final Set<String> seenIds = new HashSet<>();
  private List<String> header;
  private int[] columns;
  private long index;
  private boolean done;

  CsvFormat(String path, InputStream in, IngestOptions options) throws IOException {
    this.path = path;
    this.options = options;
    this.delim = options.csvDelimiter();
    this.lines = new LineSource(in, options.maxRecordBytes());
  }

  private record Parsed(List<String> fields, List<LineSource.Line> lines, String error, String raw) {}

  @Override
  public ReadResult next() throws IOException {
    if (done) {
      return null;
    }
    while (true) {
      Parsed p = parseRecord();
      if (p == null) {
        done = true;
        return null;
      }
      LineSource.Line first = p.lines().get(0);
      String locator = header == null ? "line " + first.number() : "record " + (index + 1) + " (line " + first.number() + ")";
      if (header == null) {
        if (p.error() != null) {
          done = true;
          return Reject.of(path, "line " + first.number(), RejectReason.MALFORMED_CSV,
              "the header row is malformed: " + p.error(), p.raw());
        }
        header = p.fields();
        columns = new int[IngestOptions.LOGICAL_FIELDS.size()];
        for (int k = 0; k < columns.length; k++) {
          columns[k] = options.column(header, IngestOptions.LOGICAL_FIELDS.get(k));
        }
        if (columns[IngestOptions.LOGICAL_FIELDS.indexOf("text")] < 0) {
          done = true;
          return Reject.of(path, "line " + first.number(), RejectReason.MISSING_TEXT_COLUMN,
              "the header has no text column (looked for " + options.fields().get("text") + ")", p.raw());
        }
        continue;
      }
      long recordIndex = index++;
      if (p.error() != null) {
        return Reject.of(path, locator, p.error().startsWith("longer") ? RejectReason.RECORD_TOO_LARGE
            : RejectReason.MALFORMED_CSV, p.error(), p.raw());
      }
      List<String> f = p.fields();
      if (f.size() == 1 && f.get(0).isBlank()) {
        index--;
        continue; // blank line
      }
      if (f.size() != header.size()) {
        return Reject.of(path, locator, RejectReason.MALFORMED_CSV,
            "record has " + f.size() + " fields, the header has " + header.size(), p.raw());
      }
      List<String> flags = new ArrayList<>();
      for (LineSource.Line l : p.lines()) {
        for (String fl : l.flags()) {
          if (!flags.contains(fl)) {
            flags.add(fl);
          }
        }
      }
      ReadResult r = Fields.build(path, locator, recordIndex, field -> {
        int c = columns[IngestOptions.LOGICAL_FIELDS.indexOf(field)];
        return c < 0 ? null : Fields.Value.of(f.get(c));
      }, flags, p.raw());
      if (r instanceof RawArticle a && a.id() != null && !seenIds.add(a.id())) {
        return Reject.of(path, locator, RejectReason.DUPLICATE_ID,
            "id '" + a.id() + "' already appeared earlier in this file", p.raw());
      }
      return r;
    }
  }

  private LineSource.Line line() throws IOException {
    return pushback.isEmpty() ? lines.next() : pushback.pollFirst();
  }

  private Parsed parseRecord() throws IOException {
    LineSource.Line l = line();
    if (l == null) {
      return null;
    }
    List<LineSource.Line> used = new ArrayList<>();
    used.add(l);
    if (l.tooLong()) {
      return new Parsed(null, used, "longer than input.max-record-bytes (" + options.maxRecordBytes() + " bytes)", null);
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    StringBuilder raw = new StringBuilder(l.text());
    boolean quoted = false;
    boolean afterQuote = false;
    String text = l.text();
    int i = 0;
    long size = text.length();
    while (true) {
      if (i >= text.length()) {
        if (!quoted) {
          fields.add(field.toString());
          return new Parsed(fields, used, null, raw.toString());
        }
        LineSource.Line nextLine = line();
        if (nextLine == null || nextLine.tooLong() || size > options.maxRecordBytes() || used.size() > MAX_LINES) {
          // unbalanced quote: reject this record's first line and resume after it
          if (nextLine != null) {
            pushback.addFirst(nextLine);
          }
          for (int k = used.size() - 1; k >= 1; k--) {
            pushback.addFirst(used.get(k));
          }
          List<LineSource.Line> firstOnly = List.of(used.get(0));
          return new Parsed(null, firstOnly, "unbalanced quote: a quoted field opened on line "
              + used.get(0).number() + " is never closed", used.get(0).text());
        }
        used.add(nextLine);
        field.append('\n');
        raw.append('\n').append(nextLine.text());
        text = nextLine.text();
        size += text.length() + 1;
        i = 0;
        continue;
      }
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
          afterQuote = true;
        } else {
          field.append(c);
        }
        i++;
        continue;
      }
      if (c == delim) {
        fields.add(field.toString());
        field.setLength(0);
        afterQuote = false;
      } else if (afterQuote) {
        // text after a closing quote: the quote was stray. Across lines, the opening quote never really
        // closed, so only the first line is lost and reading resumes after it.
        if (used.size() > 1) {
          for (int k = used.size() - 1; k >= 1; k--) {
            pushback.addFirst(used.get(k));
          }
          return new Parsed(null, List.of(used.get(0)), "unbalanced quote: a quoted field opened on line "
              + used.get(0).number() + " ends in the middle of a later line", used.get(0).text());
        }
        return new Parsed(null, used, "unexpected text after the closing quote of a field", raw.toString());
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
      } else {
        field.append(c);
      }
      i++;
    }
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
