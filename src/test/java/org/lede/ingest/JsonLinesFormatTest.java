package org.lede.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesFormatTest {
  @Test
  void mapsFieldsAndSplitsParagraphs() {
    List<ReadResult> r = Read.text("w.jsonl",
        "{\"id\": 7, \"headline\": \"T\", \"body\": \"A.\\n\\nB.\", \"author\": \"Ann\", \"date\": \"2026-01-02\", \"link\": \"u\", \"outlet\": \"S\"}\n");
    RawArticle a = Read.article(r.get(0));
    assertThat(a.id()).isEqualTo("7");
    assertThat(a.title()).isEqualTo("T");
    assertThat(a.paragraphs()).containsExactly("A.", "B.");
    assertThat(a.byline()).isEqualTo("Ann");
    assertThat(a.publishedAt()).isEqualTo("2026-01-02");
    assertThat(a.url()).isEqualTo("u");
    assertThat(a.source()).isEqualTo("S");
    assertThat(a.locator()).isEqualTo("line 1");
  }

  @Test
  void textMayBeAnArrayOfParagraphsAndKeysIgnoreCase() {
    RawArticle a = Read.article(Read.text("w.jsonl", "{\"TEXT\": [\"One.\", \"Two.\\n\\nThree.\"]}").get(0));
    assertThat(a.paragraphs()).containsExactly("One.", "Two.", "Three.");
  }

  @Test
  void badLinesAreRejectedWithTheirLineAndTheRestIsRead() {
    List<ReadResult> r = Read.text("w.jsonl", String.join("\n",
        "{\"id\": \"a\", \"text\": \"Good one.\"}",
        "{\"id\": \"b\", \"text\": \"cut off",
        "",
        "[1, 2]",
        "{\"id\": \"c\", \"text\": 42}",
        "{\"id\": \"d\", \"title\": \"no text\"}",
        "{\"id\": \"e\", \"text\": \"   \"}",
        "{\"id\": \"a\", \"text\": \"Duplicate id.\"}",
        "{\"id\": \"f\", \"text\": \"Last good one.\"}"));
    assertThat(r).hasSize(8);
    assertThat(Read.article(r.get(0)).id()).isEqualTo("a");
    assertThat(Read.reject(r.get(1)).reasonCode()).isEqualTo("malformed_json");
    assertThat(r.get(1).locator()).isEqualTo("line 2");
    assertThat(Read.reject(r.get(2)).reasonCode()).isEqualTo("malformed_json");
    assertThat(r.get(2).locator()).isEqualTo("line 4");
    assertThat(Read.reject(r.get(3)).reasonCode()).isEqualTo("invalid_field");
    assertThat(Read.reject(r.get(3)).reason()).contains("'text'");
    assertThat(Read.reject(r.get(4)).reasonCode()).isEqualTo("missing_text");
    assertThat(Read.reject(r.get(5)).reasonCode()).isEqualTo("missing_text");
    assertThat(Read.reject(r.get(6)).reasonCode()).isEqualTo("duplicate_id");
    assertThat(Read.article(r.get(7)).id()).isEqualTo("f");
  }

  @Test
  void invalidUtf8IsDecodedWithReplacementAndFlagged() {
    byte[] line = "{\"text\": \"caf\u00e9 \u00e9t\u00e9 ok\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bad = new byte[line.length + 1];
    System.arraycopy(line, 0, bad, 0, 12);
    bad[12] = (byte) 0xFF;
    System.arraycopy(line, 12, bad, 13, line.length - 12);
    RawArticle a = Read.article(Read.bytes("w.jsonl", bad).get(0));
    assertThat(a.flags()).contains(Decoded.INVALID_UTF8);
    assertThat(a.paragraphs().get(0)).contains("\uFFFD");
  }
}
