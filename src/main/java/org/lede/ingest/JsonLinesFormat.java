package org.lede.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * JSON Lines: one JSON object per line; blank lines are skipped. Fields are found by {@link JsonFields}. A line that is not a JSON object, a field of the
 * wrong type, a missing or empty text, or an id already seen earlier in the file is rejected with its line.
 */
final class JsonLinesFormat implements RecordIterator {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String path;
  private final LineSource lines;
  private final IngestOptions options;
  private final java.util.Map<String, Long> seenIds = new java.util.HashMap<>(); // id -> its first line
  private long index;

  JsonLinesFormat(String path, InputStream in, IngestOptions options) throws IOException {
    this.path = path;
    this.options = options;
    this.lines = new LineSource(in, options.maxRecordBytes());
  }

  /**
   * One part of a file ({@link FilePart}): {@code in} is positioned at the byte before the part. Its records
   * are numbered from the part's first record; an id repeated from another part of the file is found by the
   * job, which sees them all.
   */
  JsonLinesFormat(String path, InputStream in, IngestOptions options, FilePart part) throws IOException {
    this.path = path;
    this.options = options;
    this.lines = new LineSource(in, options.maxRecordBytes(),
        new LineSource.Split(part.start(), part.end(), part.firstLine()));
    this.index = part.firstRecord();
  }

  @Override
  public ReadResult next() throws IOException {
    while (true) {
      LineSource.Line line = lines.next();
      if (line == null) {
        return null;
      }
      String locator = "line " + line.number();
      if (line.tooLong()) {
        index++;
        return Reject.of(path, locator, RejectReason.RECORD_TOO_LARGE,
            "line is longer than input.max-record-bytes (" + options.maxRecordBytes() + " bytes)", null);
      }
      if (LineSource.isBlank(line)) {
        continue;
      }
      long recordIndex = index++;
      JsonNode node;
      try {
        node = MAPPER.readTree(line.text());
      } catch (JsonProcessingException e) {
        return Reject.of(path, locator, RejectReason.MALFORMED_JSON,
            "not valid JSON: " + e.getOriginalMessage(), line.text());
      }
      if (node == null || !node.isObject()) {
        return Reject.of(path, locator, RejectReason.MALFORMED_JSON,
            "expected a JSON object, found " + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT)),
            line.text());
      }
      ReadResult r = Fields.build(path, locator, recordIndex, new JsonFields(node, options), line.flags(), line.text());
      if (r instanceof RawArticle a && a.id() != null) {
        Long first = seenIds.putIfAbsent(a.id(), line.number());
        if (first != null) {
          return Reject.of(path, locator, RejectReason.DUPLICATE_ID,
              "id '" + a.id() + "' already appeared earlier in this file (line " + first + ")", line.text());
        }
      }
      return r;
    }
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
