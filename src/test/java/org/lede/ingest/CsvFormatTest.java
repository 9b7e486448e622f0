package org.lede.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFormatTest {
  @Test
  void quotedFieldsWithNewlinesAndDoubledQuotes() {
    List<ReadResult> r = Read.text("f.csv",
        "id,title,text,byline\r\n1,\"A, B\",\"First para.\r\n\r\nHe said \"\"hi\"\".\",Ann\r\n2,Plain,Second.,\r\n");
    assertThat(r).hasSize(2);
    RawArticle a = Read.article(r.get(0));
    assertThat(a.title()).isEqualTo("A, B");
    assertThat(a.paragraphs()).containsExactly("First para.", "He said \"hi\".");
    assertThat(a.locator()).isEqualTo("record 1 (line 2)");
    RawArticle b = Read.article(r.get(1));
    assertThat(b.byline()).isNull();
    assertThat(b.locator()).isEqualTo("record 2 (line 5)");
  }

  @Test
  void wrongFieldCountsAreRejected() {
    List<ReadResult> r = Read.text("f.csv", "id,text\n1,ok.\n2\n3,too,many\n4,fine.\n");
    assertThat(r).hasSize(4);
    assertThat(Read.reject(r.get(1)).reasonCode()).isEqualTo("malformed_csv");
    assertThat(Read.reject(r.get(1)).reason()).contains("1 fields").contains("header has 2");
    assertThat(Read.reject(r.get(2)).reasonCode()).isEqualTo("malformed_csv");
    assertThat(Read.article(r.get(3)).paragraphs()).containsExactly("fine.");
  }

  @Test
  void anUnbalancedQuoteCostsOneRecordNotTheRestOfTheFile() {
    List<ReadResult> r = Read.text("f.csv", "id,text\n1,\"never closed\n2,good two.\n3,good three.\n");
    assertThat(r).hasSize(3);
    Reject j = Read.reject(r.get(0));
    assertThat(j.reasonCode()).isEqualTo("malformed_csv");
    assertThat(j.reason()).contains("unbalanced quote").contains("line 2");
    assertThat(Read.article(r.get(1)).paragraphs()).containsExactly("good two.");
    assertThat(Read.article(r.get(2)).paragraphs()).containsExactly("good three.");
  }

  @Test
  void aHeaderWithoutATextColumnRejectsTheFile() {
    List<ReadResult> r = Read.text("f.csv", "id,title\n1,x\n");
    assertThat(r).hasSize(1);
    assertThat(Read.reject(r.get(0)).reasonCode()).isEqualTo("missing_text_column");
  }
}
