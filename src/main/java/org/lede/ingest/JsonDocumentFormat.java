package org.lede.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A {@code .json} file, read as what it holds, in one streaming pass over the records (Jackson's streaming
 * parser: memory is bounded by the largest record, not the file):
 * <ul>
 *   <li>an array of article objects;
 *   <li>one article object, pretty-printed or not (news-please writes one per file);
 *   <li>an envelope object whose array of objects holds the articles (NewsAPI's {@code articles}), found by a
 *       first pass that reads only the structure; with several such arrays, one with a usual name
 *       ({@code articles}, {@code items}, {@code results}, {@code data}, ...) wins, and otherwise the file is
 *       rejected {@code ambiguous_json} naming them, to be chosen with {@code input.json.records};
 *   <li>JSON Lines under a {@code .json} name (the first line is a whole object and another follows), read
 *       line by line as {@link JsonLinesFormat} does.
 * </ul>
 * {@code input.json.records} (a JSON pointer such as {@code /articles} or {@code /data/items}) names the
 * array instead of detecting it. A document cut off midway keeps the records before the break and ends with
 * one {@code malformed_json} reject.
 */
final class JsonDocumentFormat implements RecordIterator {
  /** Opens the file's (decompressed) bytes from the start; called once per pass. */
  interface Source {
    InputStream open() throws IOException;
  }

  private static final Set<String> RECORD_ARRAY_NAMES = Set.of("articles", "items", "results", "data", "docs",
      "documents", "records", "entries", "posts", "stories", "news", "hits", "value", "rows", "response");
  private static final int SCAN_DEPTH = 3;

  private final String path;
  private final Source source;
  private final IngestOptions options;
  private final ObjectMapper mapper;
  private final Set<String> seenIds = new HashSet<>();
  private RecordIterator lines;
  private JsonParser parser;
  private ReadResult pending;
  private boolean started;
  private boolean done;
  private long index;
  private String pointer;

  JsonDocumentFormat(String path, Source source, IngestOptions options) {
    this.path = path;
    this.source = source;
    this.options = options;
    JsonFactory factory = JsonFactory.builder()
        .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS) // saved API responses
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(options.maxRecordBytes()).build())
        .build();
    this.mapper = new ObjectMapper(factory);
  }

  @Override
  public ReadResult next() throws IOException {
    if (!started) {
      started = true;
      pending = start();
    }
    if (pending != null) {
      ReadResult r = pending;
      pending = null;
      return r;
    }
    if (lines != null) {
      return lines.next();
    }
    if (done) {
      return null;
    }
    return nextElement();
  }

  /** Chooses how to read the file; returns a result that ends the file (a reject) or null. */
  private ReadResult start() throws IOException {
    int first;
    try (InputStream in = source.open()) {
      first = firstChar(in);
    }
    if (first < 0) {
      done = true;
      return null;
    }
    if (options.jsonRecords().isEmpty() && first == '{' && isJsonLines()) {
      lines = new JsonLinesFormat(path, source.open(), options);
      return null;
    }
    if (first != '{' && first != '[') {
      done = true;
      return Reject.of(path, "file", RejectReason.MALFORMED_JSON,
          "a JSON document must hold an object or an array; it starts with '" + (char) first + "'", null);
    }
    if (!options.jsonRecords().isEmpty()) {
      pointer = options.jsonRecords();
    } else if (first == '[') {
      pointer = "";
    } else {
      Scan scan = scan();
      if (scan.error != null) {
        done = true;
        return Reject.of(path, scan.errorLocator, RejectReason.MALFORMED_JSON, scan.error, null);
      }
      List<String> known = new ArrayList<>();
      for (String c : scan.candidates) {
        if (RECORD_ARRAY_NAMES.contains(lastSegment(c).toLowerCase(Locale.ROOT))) {
          known.add(c);
        }
      }
      if (scan.hasText || scan.candidates.isEmpty()) {
        pointer = null; // the object is the record
      } else if (scan.candidates.size() == 1) {
        pointer = scan.candidates.get(0);
      } else if (known.size() == 1) {
        pointer = known.get(0);
      } else {
        done = true;
        return Reject.of(path, "file", RejectReason.AMBIGUOUS_JSON, "the document holds " + scan.candidates.size()
            + " arrays of objects (" + String.join(", ", scan.candidates) + "): set input.json.records to the one"
            + " that holds the articles", null);
      }
    }
    parser = mapper.createParser(source.open());
    try {
      if (pointer == null) {
        parser.nextToken();
        JsonNode obj = parser.readValueAsTree();
        done = true;
        return record(obj, "record 1 (line 1)");
      }
      String missing = seek(pointer);
      if (missing != null) {
        done = true;
        parser.close();
        return Reject.of(path, "file", RejectReason.RECORDS_NOT_FOUND, missing, null);
      }
    } catch (JsonProcessingException e) {
      done = true;
      parser.close();
      return Reject.of(path, "line " + e.getLocation().getLineNr(), RejectReason.MALFORMED_JSON,
          "not valid JSON: " + e.getOriginalMessage(), null);
    }
    return null;
  }

  private ReadResult nextElement() throws IOException {
    String locator = "after record " + index;
    try {
      JsonToken t = parser.nextToken();
      if (t == null || t == JsonToken.END_ARRAY) {
        done = true;
        parser.close();
        if (t == null) {
          return Reject.of(path, locator, RejectReason.MALFORMED_JSON,
              "the array of records is cut off: the file ends before it is closed", null);
        }
        return null;
      }
      long startByte = parser.currentTokenLocation().getByteOffset();
      locator = "record " + (index + 1) + " (line " + parser.currentTokenLocation().getLineNr() + ")";
      JsonNode element = parser.readValueAsTree();
      long size = parser.currentLocation().getByteOffset() - startByte;
      if (startByte >= 0 && size > options.maxRecordBytes()) {
        index++;
        return Reject.of(path, locator, RejectReason.RECORD_TOO_LARGE,
            "the record is larger than input.max-record-bytes (" + options.maxRecordBytes() + " bytes)", null);
      }
      if (!element.isObject()) {
        index++;
        return Reject.of(path, locator, RejectReason.MALFORMED_JSON,
            "expected a JSON object, found " + element.getNodeType().name().toLowerCase(Locale.ROOT), excerpt(element));
      }
      return record(element, locator);
    } catch (JsonProcessingException e) {
      done = true;
      parser.close();
      boolean tooLong = e.getOriginalMessage() != null && e.getOriginalMessage().contains("exceeds the maximum");
      return Reject.of(path, locator, tooLong ? RejectReason.RECORD_TOO_LARGE : RejectReason.MALFORMED_JSON,
          (tooLong ? "a value is longer than input.max-record-bytes: " : "the document is cut off or broken at line "
              + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": ")
              + e.getOriginalMessage(), null);
    }
  }

  private ReadResult record(JsonNode obj, String locator) {
    long recordIndex = index++;
    String raw = excerpt(obj);
    ReadResult r = Fields.build(path, locator, recordIndex, new JsonFields(obj, options), List.of(), raw);
    if (r instanceof RawArticle a && a.id() != null && !seenIds.add(a.id())) {
      return Reject.of(path, locator, RejectReason.DUPLICATE_ID,
          "id '" + a.id() + "' already appeared earlier in this file", raw);
    }
    return r;
  }

  /** At most about {@link Reject#MAX_EXCERPT} characters of a record, without serialising all of it. */
  private static String excerpt(JsonNode n) {
    if (n.isContainerNode() && n.size() > 50) {
      return n.getNodeType().name().toLowerCase(Locale.ROOT) + " of " + n.size() + " members";
    }
    String s = n.toString();
    return s.length() > Reject.MAX_EXCERPT * 4 ? s.substring(0, Reject.MAX_EXCERPT * 4) : s;
  }

  /**
   * Moves the parser to just inside the array at {@code ptr} ("" is the root); returns why it cannot, or null.
   */
  private String seek(String ptr) throws IOException {
    JsonToken t = parser.nextToken();
    List<String> segments = new ArrayList<>();
    if (!ptr.isEmpty()) {
      for (String s : ptr.substring(1).split("/", -1)) {
        segments.add(s.replace("~1", "/").replace("~0", "~"));
      }
    }
    for (String segment : segments) {
      if (t == JsonToken.START_OBJECT) {
        boolean found = false;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          t = parser.nextToken();
          if (name.equals(segment)) {
            found = true;
            break;
          }
          parser.skipChildren();
        }
        if (!found) {
          return "input.json.records " + ptr + ": the document has no member '" + segment + "'";
        }
      } else if (t == JsonToken.START_ARRAY && segment.matches("\\d{1,9}")) {
        int want = Integer.parseInt(segment);
        for (int i = 0; ; i++) {
          t = parser.nextToken();
          if (t == JsonToken.END_ARRAY || t == null) {
            return "input.json.records " + ptr + ": the array has no element " + want;
          }
          if (i == want) {
            break;
          }
          parser.skipChildren();
        }
      } else {
        return "input.json.records " + ptr + ": '" + segment + "' is not inside an object or array";
      }
    }
    if (t != JsonToken.START_ARRAY) {
      return (ptr.isEmpty() ? "the document" : "input.json.records " + ptr) + " is not an array of records";
    }
    return null;
  }

  /** What the first pass learns of a top-level object: a text field of its own, and arrays of objects. */
  private static final class Scan {
    boolean hasText;
    final List<String> candidates = new ArrayList<>();
    String error;
    String errorLocator = "file";
  }

  private Scan scan() throws IOException {
    Scan s = new Scan();
    Set<String> textNames = new HashSet<>();
    for (String n : options.fields().getOrDefault("text", List.of())) {
      textNames.add(n.toLowerCase(Locale.ROOT));
    }
    try (JsonParser p = mapper.createParser(source.open())) {
      p.nextToken();
      scanObject(p, "", 1, s, textNames);
    } catch (JsonProcessingException e) {
      s.error = "not valid JSON at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
          + ": " + e.getOriginalMessage();
      s.errorLocator = "line " + e.getLocation().getLineNr();
    }
    return s;
  }

  private static void scanObject(JsonParser p, String at, int depth, Scan s, Set<String> textNames) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      String here = at + "/" + name.replace("~", "~0").replace("/", "~1");
      t = p.nextToken();
      if (depth == 1 && textNames.contains(name.toLowerCase(Locale.ROOT))
          && (t == JsonToken.VALUE_STRING || t == JsonToken.START_ARRAY)) {
        s.hasText = true;
      }
      if (t == JsonToken.START_ARRAY) {
        JsonToken first = p.nextToken();
        if (first == JsonToken.START_OBJECT) {
          s.candidates.add(here);
        }
        if (first != JsonToken.END_ARRAY) {
          p.skipChildren();
          while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            p.skipChildren();
          }
        }
      } else if (t == JsonToken.START_OBJECT && depth < SCAN_DEPTH) {
        scanObject(p, here, depth + 1, s, textNames);
      } else {
        p.skipChildren();
      }
    }
  }

  /**
   * JSON Lines under a .json name: the first line (or, when it is broken, the second) is a whole object on its
   * own and another object starts on a later line.
   */
  private boolean isJsonLines() throws IOException {
    try (LineSource in = new LineSource(source.open(), options.maxRecordBytes())) {
      int wholeLines = 0;
      int seen = 0;
      for (LineSource.Line line; seen < 3 && (line = in.next()) != null; ) {
        if (line.tooLong() || line.text().isBlank()) {
          continue;
        }
        seen++;
        String t = line.text().strip();
        if (!t.startsWith("{")) {
          return false;
        }
        try {
          if (mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(t).isObject()) {
            wholeLines++;
          }
        } catch (JsonProcessingException e) {
          // a line that is not a whole object: part of a pretty-printed document, or a broken line
        }
        if (seen == 2) {
          return wholeLines >= 1;
        }
      }
      return false;
    }
  }

  private static String lastSegment(String ptr) {
    return ptr.substring(ptr.lastIndexOf('/') + 1);
  }

  /**
   * The first character of the document, past white space, a byte-order mark and comments ({@code // ...}
   * lines and {@code /* ... *}{@code /} blocks, which tools that save API responses put on top).
   */
  private static int firstChar(InputStream in) throws IOException {
    int c;
    while (true) {
      do {
        c = in.read();
      } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF);
      if (c != '/') {
        return c;
      }
      int next = in.read();
      if (next == '/') {
        do {
          c = in.read();
        } while (c >= 0 && c != '\n');
      } else if (next == '*') {
        int prev = 0;
        while ((c = in.read()) >= 0 && !(prev == '*' && c == '/')) {
          prev = c;
        }
      } else {
        return '/';
      }
      if (c < 0) {
        return -1;
      }
    }
  }

  @Override
  public void close() throws IOException {
    if (parser != null) {
      parser.close();
    }
    if (lines != null) {
      lines.close();
    }
  }
}
