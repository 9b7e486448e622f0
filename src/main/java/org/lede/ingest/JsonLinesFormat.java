package org.lede.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * JSON Lines: one JSON object per line; blank lines are skipped. Fields are found by the configured names
 * (case-insensitive). The text may be a string (split into paragraphs) or an array of strings (one or more
 * paragraphs each). Other fields may be strings or numbers. A line that is not a JSON object, a field of the
 * wrong type, a missing or empty text, or an id already seen earlier in the file is rejected with its line.
 */
final class JsonLinesFormat implements RecordIterator {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String path;
  private final LineSource lines;
  private final IngestOptions options;
  private final Set<String> seenIds = new HashSet<>();
  private long index;

  JsonLinesFormat(String path, InputStream in, IngestOptions options) throws IOException {
    this.path = path;
    this.options = options;
    this.lines = new LineSource(in, options.maxRecordBytes());
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
      if (line.text().isBlank()) {
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
      ReadResult r = Fields.build(path, locator, recordIndex, field -> value(node, field), line.flags(), line.text());
      if (r instanceof RawArticle a && a.id() != null && !seenIds.add(a.id())) {
        return Reject.of(path, locator, RejectReason.DUPLICATE_ID,
            "id '" + a.id() + "' already appeared earlier in this file", line.text());
      }
      return r;
    }
  }

  private Fields.Value value(JsonNode obj, String field) {
    JsonNode v = null;
    outer:
    for (String name : options.fields().getOrDefault(field, List.of())) {
      v = obj.get(name);
      if (v != null) {
        break;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().equalsIgnoreCase(name)) {
          v = e.getValue();
          break outer;
        }
      }
    }
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isTextual()) {
      return Fields.Value.of(v.textValue());
    }
    if (v.isNumber() || v.isBoolean()) {
      return field.equals("text") ? Fields.Value.error("is a " + kind(v) + ", expected a string")
          : Fields.Value.of(v.asText());
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      for (JsonNode e : v) {
        if (e.isTextual()) {
          parts.add(e.textValue());
        } else if (!e.isNull()) {
          return Fields.Value.error("is an array holding a " + kind(e) + ", expected strings");
        }
      }
      return Fields.Value.parts(parts);
    }
    return Fields.Value.error("is a " + kind(v) + ", expected a string");
  }

  private static String kind(JsonNode n) {
    return n.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
