package org.lede.ingest;

import java.util.ArrayList;
import java.util.List;
import org.lede.text.Paragraphs;

/** Turns the mapped fields of a JSON or CSV record into a {@link RawArticle} or a {@link Reject}. */
final class Fields {
  private Fields() {}

  /** A field value: plain text, a list of paragraphs, or a type error. */
  record Value(String text, List<String> parts, String error) {
    static Value of(String s) {
      return new Value(s, null, null);
    }

    static Value parts(List<String> p) {
      return new Value(null, p, null);
    }

    static Value error(String e) {
      return new Value(null, null, e);
    }
  }

  /** Supplies the value of a logical field, or null when absent. */
  interface Source {
    Value get(String logicalField);
  }

  static ReadResult build(String path, String locator, long index, Source src, List<String> flags, String raw) {
    String[] scalar = new String[IngestOptions.LOGICAL_FIELDS.size()];
    for (int k = 0; k < scalar.length; k++) {
      String field = IngestOptions.LOGICAL_FIELDS.get(k);
      if (field.equals("text")) {
        continue;
      }
      Value v = src.get(field);
      if (v == null) {
        continue;
      }
      if (v.error() != null) {
        return Reject.of(path, locator, RejectReason.INVALID_FIELD, "field '" + field + "' " + v.error(), raw);
      }
      String s = v.text() != null ? v.text() : String.join(", ", v.parts());
      s = Paragraphs.clean(s);
      scalar[k] = s.isEmpty() ? null : s;
    }
    Value text = src.get("text");
    if (text == null) {
      return Reject.of(path, locator, RejectReason.MISSING_TEXT, "the record has no text field", raw);
    }
    if (text.error() != null) {
      return Reject.of(path, locator, RejectReason.INVALID_FIELD, "field 'text' " + text.error(), raw);
    }
    List<String> paragraphs = new ArrayList<>();
    if (text.text() != null) {
      paragraphs.addAll(Paragraphs.split(text.text()));
    } else {
      for (String part : text.parts()) {
        paragraphs.addAll(Paragraphs.split(part));
      }
    }
    if (paragraphs.isEmpty()) {
      return Reject.of(path, locator, RejectReason.MISSING_TEXT, "the text field is empty", raw);
    }
    return new RawArticle(path, locator, index, scalar[0], scalar[1], scalar[3], scalar[4], scalar[5], scalar[6],
        paragraphs, flags);
  }
}
