package org.lede.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A JSON Lines file read in parts gives exactly the records of the whole file, numbered as in it. */
class FilePartTest {
  static final String FILE = "\uFEFF{\"text\": \"First record, after a byte-order mark.\"}\n"
      + "\n"
      + "{\"id\": \"b\", \"text\": \"Caf\u00e9 owners said the plan was fair.\"}\r\n"
      + "   \t \n"
      + "{\"text\": \"A record after a blank line of spaces, ended by a lone CR.\"}\r"
      + "not json at all\n"
      + "{\"id\": \"b\", \"text\": \"The same id again.\"}\n"
      + "{\"text\": \"" + "long ".repeat(60) + "\"}\r\n"
      + "\r\n"
      + "{\"text\": \"The last record has no line end.\"}";

  static List<String> read(byte[] bytes, FilePart part) {
    List<String> out = new ArrayList<>();
    FileReader.Opener opener = () -> {
      ByteArrayInputStream in = new ByteArrayInputStream(bytes);
      in.skip(part == null || part.start() == 0 ? 0 : part.start() - 1);
      return in;
    };
    try (FileReader r = new FileReader("file:/in/f.jsonl", opener, IngestOptions.defaults(), part)) {
      for (ReadResult x; (x = r.next()) != null; ) {
        out.add(x instanceof RawArticle a ? a.locator() + " #" + a.recordIndex() + " " + a.paragraphs()
            : x.locator() + " " + ((Reject) x).reasonCode());
      }
    }
    return out;
  }

  @Test
  void everySplitOfTheFileReadsEachRecordOnceWithItsWholeFileLocatorAndIndex() throws IOException {
    byte[] bytes = FILE.getBytes(StandardCharsets.UTF_8);
    List<String> whole = read(bytes, null);
    assertThat(whole).hasSize(7);
    // every pair of cut points: three parts, each numbered from the counts of the parts before it
    for (int a = 0; a <= bytes.length; a++) {
      for (int b = a; b <= bytes.length; b += 7) {
        long[] cuts = {0, a, b, bytes.length};
        List<String> parts = new ArrayList<>();
        long line = 1;
        long record = 0;
        for (int k = 0; k < 3; k++) {
          long start = cuts[k];
          long end = cuts[k + 1];
          ByteArrayInputStream in = new ByteArrayInputStream(bytes);
          in.skip(start == 0 ? 0 : start - 1);
          FilePart.Counts c = FilePart.count(in, start, end);
          parts.addAll(read(bytes, new FilePart(start, end, line, record)));
          line += c.lines();
          record += c.records();
        }
        // an id repeated in another part is the job's to find, not a part reader's: line 7 is compared by
        // its locator alone
        assertThat(withoutDuplicateCheck(parts)).as("cuts at %d and %d", a, b)
            .isEqualTo(withoutDuplicateCheck(whole));
      }
    }
  }

  /** The records, with the duplicate-id reject seen as the article it is when its parts differ. */
  static List<String> withoutDuplicateCheck(List<String> records) {
    List<String> out = new ArrayList<>();
    for (String s : records) {
      out.add(s.startsWith("line 7 ") ? "line 7" : s);
    }
    return out;
  }

  @Test
  void countsAreThoseOfTheLinesThatStartInThePart() throws IOException {
    byte[] bytes = "a\n\nb\r\nc\rd".getBytes(StandardCharsets.UTF_8);
    assertThat(FilePart.count(new ByteArrayInputStream(bytes), 0, bytes.length))
        .isEqualTo(new FilePart.Counts(5, 4));
    ByteArrayInputStream in = new ByteArrayInputStream(bytes);
    in.skip(2); // the byte before position 3 ("b")
    assertThat(FilePart.count(in, 3, 7)).isEqualTo(new FilePart.Counts(2, 2)); // "b" and "c"
  }
}
