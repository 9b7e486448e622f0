package org.lede.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lede.text.Paragraphs;

/**
 * Turns the mapped fields of a JSON, CSV or Parquet record into a {@link RawArticle} or a {@link Reject}.
 * Scalar fields given as lists (authors) are joined with ", "; a record's {@code language} is kept when it
 * names a language ({@link Languages}); a text cut short by its source with a marker such as NewsAPI's
 * "... [+2345 chars]" loses the marker and gets the flag {@code truncated_text}.
 */
public final class Fields {
  private Fields() {}

  /** The text ended with a truncation marker ("[+2345 chars]"), removed: the source gave only its start. */
  public static final String TRUNCATED_TEXT = "truncated_text";

  private static final Pattern TRUNCATION = Pattern.compile("\\s*(?:\\u2026|\\.\\.\\.)?\\s*\\[\\+\\d+ char(?:s|acters)?\\]\\s*$");

  /** A field value: plain text, a list of paragraphs, or a type error. */
  public record Value(String text, List<String> parts, String error) {
    public static Value of(String s) {
      return new Value(s, null, null);
    }

    public static Value parts(List<String> p) {
      return new Value(null, p, null);
    }

    public static Value error(String e) {
      return new Value(null, null, e);
    }
  }

  /** Supplies the value of a logical field, or null when absent. */
  public interface Source {
    Value get(String logicalField);
  }

  public static ReadResult build(String path, String locator, long index, Source src, List<String> flags,
      String raw) {
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
    List<String> allFlags = flags;
    if (!paragraphs.isEmpty()) {
      String last = paragraphs.get(paragraphs.size() - 1);
      int from = Math.max(0, last.length() - 100); // the marker is short: only the end is searched
      Matcher m = TRUNCATION.matcher(last).region(from, last.length());
      if ((last.endsWith("chars]") || last.endsWith("characters]") || last.endsWith("char]")) && m.find()) {
        String kept = last.substring(0, m.start()).strip();
        if (kept.isEmpty()) {
          paragraphs.remove(paragraphs.size() - 1);
        } else {
          paragraphs.set(paragraphs.size() - 1, kept);
        }
        allFlags = new ArrayList<>(flags);
        allFlags.add(TRUNCATED_TEXT);
      }
    }
    if (paragraphs.isEmpty()) {
      return Reject.of(path, locator, RejectReason.MISSING_TEXT, "the text field is empty", raw);
    }
    return new RawArticle(path, locator, index, scalar[0], scalar[1], scalar[3], scalar[4], scalar[5], scalar[6],
        Languages.iso639(scalar[7]), null, paragraphs, allFlags);
  }
}
