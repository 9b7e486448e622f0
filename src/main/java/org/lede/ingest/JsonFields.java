package org.lede.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds a logical field in a JSON object (a JSON Lines line, an element of a JSON document, a Parquet row
 * seen as JSON): the configured names in order, each matched exactly first and then ignoring case, a name
 * with dots ({@code source.name}) as a path into nested objects. Null and empty values count as absent. For
 * the text, strings and arrays of strings are accepted, anything else is a type error; for other fields
 * also numbers and booleans, arrays of strings or of objects with a {@code name} (authors), and an object
 * with a {@code name} ({@code "source": {"id": null, "name": "BBC News"}}).
 */
public final class JsonFields implements Fields.Source {
  private final JsonNode record;
  private final IngestOptions options;

  public JsonFields(JsonNode record, IngestOptions options) {
    this.record = record;
    this.options = options;
  }

  @Override
  public Fields.Value get(String field) {
    boolean text = field.equals("text");
    Fields.Value typeError = null;
    for (String name : options.fields().getOrDefault(field, List.of())) {
      JsonNode v = find(record, name);
      if (v == null || v.isNull() || v.isTextual() && v.textValue().isBlank()) {
        continue;
      }
      Fields.Value value = value(v, text);
      if (value == null) {
        continue;
      }
      if (value.error() == null) {
        return value;
      }
      typeError = typeError == null ? value : typeError;
    }
    return typeError;
  }

  /** The value at a name or dotted path, or null. */
  static JsonNode find(JsonNode obj, String name) {
    JsonNode direct = member(obj, name);
    if (direct != null || name.indexOf('.') < 0) {
      return direct;
    }
    JsonNode cur = obj;
    for (String part : name.split("\\.")) {
      cur = cur == null ? null : member(cur, part);
    }
    return cur;
  }

  private static JsonNode member(JsonNode obj, String name) {
    if (!obj.isObject()) {
      return null;
    }
    JsonNode v = obj.get(name);
    if (v != null) {
      return v;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The field's value, a type error, or null when the value holds nothing usable (an empty list). */
  private static Fields.Value value(JsonNode v, boolean text) {
    if (v.isTextual()) {
      return Fields.Value.of(v.textValue());
    }
    if (v.isNumber() || v.isBoolean()) {
      return text ? Fields.Value.error("is a " + kind(v) + ", expected a string") : Fields.Value.of(v.asText());
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      for (JsonNode e : v) {
        if (e.isTextual()) {
          if (!e.textValue().isBlank()) {
            parts.add(e.textValue());
          }
        } else if (!text && e.isObject() && e.path("name").isTextual()) {
          parts.add(e.path("name").textValue());
        } else if (!e.isNull()) {
          return Fields.Value.error("is an array holding a " + kind(e) + ", expected strings");
        }
      }
      return parts.isEmpty() ? null : Fields.Value.parts(parts);
    }
    if (!text && v.isObject() && v.path("name").isTextual() && !v.path("name").textValue().isBlank()) {
      return Fields.Value.of(v.path("name").textValue());
    }
    return Fields.Value.error("is a " + kind(v) + ", expected a string");
  }

  private static String kind(JsonNode n) {
    return n.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
