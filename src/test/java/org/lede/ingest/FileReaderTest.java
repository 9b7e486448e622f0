package org.lede.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileReaderTest {
  @Test
  void emptyFilesAndEmptyGzip() {
    assertThat(Read.reject(Read.bytes("a.txt", new byte[0]).get(0)).reasonCode()).isEqualTo("empty_file");
    assertThat(Read.reject(Read.bytes("a.txt.gz", new byte[0]).get(0)).reasonCode()).isEqualTo("empty_file");
    assertThat(Read.reject(Read.bytes("a.jsonl.gz", Read.gzip(new byte[0])).get(0)).reasonCode()).isEqualTo("empty_file");
    assertThat(Read.reject(Read.text("a.jsonl", "\n\n").get(0)).reasonCode()).isEqualTo("empty_file");
  }

  @Test
  void binaryContentWithATextExtension() {
    byte[] b = new byte[2000];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i * 31);
    }
    assertThat(Read.reject(Read.bytes("photo.txt", b).get(0)).reasonCode()).isEqualTo("binary_file");
  }

  @Test
  void corruptAndTruncatedGzipKeepWhatWasRead() {
    byte[] notGzip = "plain".getBytes(StandardCharsets.UTF_8);
    assertThat(Read.reject(Read.bytes("a.txt.gz", notGzip).get(0)).reasonCode()).isEqualTo("corrupt_gzip");

    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      lines.append("{\"id\": \"r").append(i).append("\", \"text\": \"Record number ").append(i).append(" is here.\"}\n");
    }
    byte[] gz = Read.gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
    List<ReadResult> r = Read.bytes("a.jsonl.gz", Arrays.copyOf(gz, gz.length / 2));
    Reject last = Read.reject(r.get(r.size() - 1));
    assertThat(last.reasonCode()).isEqualTo("corrupt_gzip");
    assertThat(last.locator()).startsWith("after record ");
    assertThat(r.subList(0, r.size() - 1)).allMatch(x -> x instanceof RawArticle).isNotEmpty();
  }

  @Test
  void unknownExtensionIsRejectedUnlessTheFormatIsForced() {
    assertThat(Read.reject(Read.text("notes.md", "Hello").get(0)).reasonCode()).isEqualTo("unknown_format");
    IngestOptions forced = new IngestOptions(Format.TXT, IngestOptions.defaults().fields(), ',', 1 << 20, 1 << 20, "");
    List<ReadResult> r = Read.all("notes.md",
        () -> new java.io.ByteArrayInputStream("Head\n\nBody.".getBytes(StandardCharsets.UTF_8)), forced);
    assertThat(Read.article(r.get(0)).paragraphs()).containsExactly("Body.");
  }

  @Test
  void latin1AndUtf16AreDecodedAndFlagged() {
    byte[] latin1 = "Caf\u00e9 News\n\nThe caf\u00e9 re-opened.".getBytes(StandardCharsets.ISO_8859_1);
    RawArticle a = Read.article(Read.bytes("a.txt", latin1).get(0));
    assertThat(a.title()).isEqualTo("Caf\u00e9 News");
    assertThat(a.flags()).contains(Decoded.WINDOWS_1252);

    byte[] body = "Head\r\n\r\nUTF-16 body.".getBytes(StandardCharsets.UTF_16LE);
    byte[] utf16 = new byte[body.length + 2];
    utf16[0] = (byte) 0xFF;
    utf16[1] = (byte) 0xFE;
    System.arraycopy(body, 0, utf16, 2, body.length);
    RawArticle b = Read.article(Read.bytes("b.txt", utf16).get(0));
    assertThat(b.paragraphs()).containsExactly("UTF-16 body.");
    assertThat(b.flags()).contains(Decoded.UTF16);
  }

  @Test
  void oversizedFilesAreRejected() {
    IngestOptions small = new IngestOptions(null, IngestOptions.defaults().fields(), ',', 10, 1 << 20, "");
    List<ReadResult> r = Read.all("a.txt",
        () -> new java.io.ByteArrayInputStream("Headline\n\nA body that is too long.".getBytes(StandardCharsets.UTF_8)), small);
    assertThat(Read.reject(r.get(0)).reasonCode()).isEqualTo("file_too_large");
  }
}
