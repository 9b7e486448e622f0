package org.lede.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WarcFormatTest {
  private static final String P1 = "The harbour board voted on Monday to dredge the eastern channel, which has"
      + " silted up so badly that larger ferries can no longer use it at low tide.";
  private static final String P2 = "Work will start in September and take about three months, the board said.";

  record Read(List<ReadResult> results, Map<String, Long> skipped) {}

  private static Read read(String name, byte[] bytes) {
    List<ReadResult> out = new ArrayList<>();
    try (FileReader r = new FileReader(name, () -> new ByteArrayInputStream(bytes), IngestOptions.defaults())) {
      for (ReadResult x; (x = r.next()) != null; ) {
        out.add(x);
      }
      return new Read(out, r.skipped());
    }
  }

  @Test
  void aCommonCrawlStyleArchiveGivesOneArticlePerHtmlResponseAndCountsTheRest() {
    byte[] jpeg = new byte[300];
    Arrays.fill(jpeg, (byte) 0xFF);
    WarcFixtures w = new WarcFixtures(true).warcinfo()
        .request("https://harbour.example/news/dredging")
        .html("https://harbour.example/news/dredging", "2024-05-01T10:00:05Z",
            WarcFixtures.page("Channel to be dredged", P1, P2))
        .metadata("https://harbour.example/news/dredging")
        .response("https://harbour.example/logo.jpg", "2024-05-01T10:00:06Z", 200, "Content-Type: image/jpeg", jpeg)
        .response("https://harbour.example/old", "2024-05-01T10:00:07Z", 301, "Location: /new", new byte[0])
        .revisit("https://harbour.example/news/dredging");
    Read r = read("cc-news.warc.gz", w.bytes());
    assertThat(r.results()).hasSize(1);
    RawArticle a = (RawArticle) r.results().get(0);
    assertThat(a.title()).isEqualTo("Channel to be dredged");
    assertThat(a.paragraphs()).containsExactly(P1, P2);
    assertThat(a.url()).isEqualTo("https://harbour.example/news/dredging");
    assertThat(a.capturedAt()).isEqualTo("2024-05-01T10:00:05Z");
    assertThat(a.locator()).matches("record 3 \\(offset \\d+\\)");
    assertThat(r.skipped()).containsOnly(Map.entry("warcinfo", 1L), Map.entry("request", 1L),
        Map.entry("metadata", 1L), Map.entry("not_html", 1L), Map.entry("http_3xx", 1L), Map.entry("revisit", 1L));
  }

  @Test
  void chunkedGzipPayloadsInALegacyCharsetAreDecoded() {
    String html = WarcFixtures.page("Caf\u00e9 owners welcome the plan", "The caf\u00e9 owners on the quay said"
        + " the plan was \u201cexactly what the waterfront needed\u201d after years of empty shop fronts.");
    byte[] body = WarcFixtures.chunked(WarcFixtures.gzip(html.getBytes(Charset.forName("windows-1252"))), 50);
    WarcFixtures w = new WarcFixtures(false).response("https://harbour.example/cafe", "2024-05-01T11:00:00Z", 200,
        "Content-Type: text/html; charset=ISO-8859-1\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip", body);
    RawArticle a = (RawArticle) read("plain.warc", w.bytes()).results().get(0);
    assertThat(a.title()).isEqualTo("Caf\u00e9 owners welcome the plan");
    assertThat(a.paragraphs().get(0)).contains("\u201cexactly what the waterfront needed\u201d");
  }

  @Test
  void deflatePayloadsAreDecodedWithOrWithoutTheZlibWrapper() {
    byte[] html = WarcFixtures.page("Deflated", P1).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (boolean raw : new boolean[] {false, true}) {
      java.io.ByteArrayOutputStream z = new java.io.ByteArrayOutputStream();
      try (java.util.zip.DeflaterOutputStream d = new java.util.zip.DeflaterOutputStream(z,
          new java.util.zip.Deflater(6, raw))) {
        d.write(html);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      WarcFixtures w = new WarcFixtures(true).response("https://harbour.example/z", "2024-05-01T11:00:00Z", 200,
          "Content-Type: text/html\r\nContent-Encoding: deflate\r\nContent-Length: " + z.size(), z.toByteArray());
      RawArticle a = (RawArticle) read("z.warc.gz", w.bytes()).results().get(0);
      assertThat(a.paragraphs()).as("raw " + raw).containsExactly(P1);
    }
  }

  @Test
  void aBodyStoredDecodedUnderItsServersContentEncodingIsReadAsItIs() {
    byte[] html = WarcFixtures.page("Stored decoded", P1, P2).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (String encoding : List.of("gzip", "deflate", "br", "compress")) {
      WarcFixtures w = new WarcFixtures(true).response("https://harbour.example/d", "2024-05-01T11:00:00Z", 200,
          "Content-Type: text/html\r\nContent-Encoding: " + encoding, html);
      RawArticle a = (RawArticle) read("d.warc.gz", w.bytes()).results().get(0);
      assertThat(a.paragraphs()).as(encoding).containsExactly(P1, P2);
      assertThat(a.flags()).as(encoding).contains(Payload.CONTENT_ENCODING_MISMATCH);
    }
  }

  @Test
  void aDamagedCompressedBodyIsRejectedAndACutOneKeepsWhatDecodes() {
    byte[] html = WarcFixtures.page("Cut short", P1, P2).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] gz = WarcFixtures.gzip(html);
    byte[] damaged = gz.clone();
    for (int i = 12; i < damaged.length - 8; i++) {
      damaged[i] ^= (byte) 0x5A;
    }
    WarcFixtures w = new WarcFixtures(true).response("https://harbour.example/x", "2024-05-01T11:00:00Z", 200,
        "Content-Type: text/html\r\nContent-Encoding: gzip", damaged);
    Reject r = (Reject) read("x.warc.gz", w.bytes()).results().get(0);
    assertThat(r.reasonCode()).isEqualTo("undecodable_payload");
    assertThat(r.reason()).contains("not text");
    WarcFixtures cut = new WarcFixtures(true).response("https://harbour.example/c", "2024-05-01T11:00:00Z", 200,
        "Content-Type: text/html\r\nContent-Encoding: gzip", Arrays.copyOf(gz, gz.length - 30));
    RawArticle a = (RawArticle) read("c.warc.gz", cut.bytes()).results().get(0);
    assertThat(a.paragraphs().get(0)).isEqualTo(P1);
    assertThat(a.flags()).contains(WarcFormat.TRUNCATED_PAYLOAD);
  }

  @Test
  void aWetFileGivesOneArticlePerConversionRecordAndAWatFileIsCountedAsMetadata() {
    String text = "Channel to be dredged | Harbour Times\nSkip to content\nHome\nNews\nSport\n" + P1 + "\n"
        + "Three months of work\n" + P2 + "\nShare this\nMore news\nContact us\nCopyright Harbour Times\n";
    WarcFixtures w = new WarcFixtures(true).warcinfo()
        .conversion("https://harbour.example/news/dredging", "2024-05-01T10:00:05Z", text, "eng,spa");
    Read r = read("CC-NEWS-1.warc.wet.gz", w.bytes());
    RawArticle a = (RawArticle) r.results().get(0);
    assertThat(a.title()).isEqualTo("Channel to be dredged | Harbour Times");
    assertThat(a.paragraphs()).containsExactly(P1, "Three months of work", P2);
    assertThat(a.url()).isEqualTo("https://harbour.example/news/dredging");
    assertThat(a.capturedAt()).isEqualTo("2024-05-01T10:00:05Z");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.flags()).contains(ExtractedText.EXTRACTED_TEXT);
    assertThat(r.skipped()).containsOnly(Map.entry("warcinfo", 1L));
    Read menus = read("menus.wet", new WarcFixtures(false)
        .conversion("https://harbour.example/", "2024-05-01T10:00:05Z", "Harbour Times\nHome\nNews\nSport", null)
        .bytes());
    assertThat(((Reject) menus.results().get(0)).reasonCode()).isEqualTo("not_an_article");
    Read wat = read("CC-NEWS-1.warc.wat.gz", new WarcFixtures(true).warcinfo()
        .watMetadata("https://harbour.example/news/dredging").bytes());
    assertThat(wat.results()).isEmpty();
    assertThat(wat.skipped()).containsOnly(Map.entry("warcinfo", 1L), Map.entry("wat_metadata", 1L));
  }

  @Test
  void theCharsetComesFromThePageWhenTheHeaderHasNone() {
    String html = "<html><head><meta charset=\"windows-1251\"><title>\u041d\u043e\u0432\u043e\u0441\u0442\u0438</title></head>"
        + "<body><p>\u0421\u043e\u0432\u0435\u0442 \u0433\u043e\u0440\u043e\u0434\u0430 \u043f\u0440\u0438\u043d\u044f\u043b"
        + " \u0431\u044e\u0434\u0436\u0435\u0442 \u043d\u0430 \u0441\u043b\u0435\u0434\u0443\u044e\u0449\u0438\u0439 \u0433\u043e\u0434.</p></body></html>";
    WarcFixtures w = new WarcFixtures(true).response("https://news.example/ru", "2024-05-01T11:00:00Z", 200,
        "Content-Type: text/html", html.getBytes(Charset.forName("windows-1251")));
    RawArticle a = (RawArticle) read("ru.warc.gz", w.bytes()).results().get(0);
    assertThat(a.paragraphs().get(0)).startsWith("\u0421\u043e\u0432\u0435\u0442 \u0433\u043e\u0440\u043e\u0434\u0430");
  }

  @Test
  void aCanonicalLinkWinsOverTheTargetUriAndResourcesAreRead() {
    String html = "<html><head><link rel='canonical' href='/news/story-1'></head><body><p>" + P1 + "</p></body></html>";
    WarcFixtures w = new WarcFixtures(true)
        .html("https://harbour.example/news/story-1?utm_source=feed", "2024-05-01T10:00:00Z", html)
        .resource("https://harbour.example/saved/page.html", WarcFixtures.page("Saved", P1));
    List<ReadResult> rs = read("a.warc.gz", w.bytes()).results();
    assertThat(((RawArticle) rs.get(0)).url()).isEqualTo("https://harbour.example/news/story-1");
    assertThat(((RawArticle) rs.get(1)).url()).isEqualTo("https://harbour.example/saved/page.html");
  }

  @Test
  void aRecordWithAWrongContentLengthIsRejectedAndReadingResumesAtTheNextRecord() {
    String body = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + WarcFixtures.page("Broken", P1);
    String broken = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://harbour.example/broken\r\n"
        + "WARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + (body.length() - 40) + "\r\n\r\n"
        + body + "\r\n\r\n";
    for (boolean gzip : new boolean[] {true, false}) {
      WarcFixtures w = new WarcFixtures(gzip).html("https://harbour.example/one", "2024-05-01T10:00:00Z",
          WarcFixtures.page("One", P1)).raw(broken)
          .html("https://harbour.example/two", "2024-05-01T10:00:01Z", WarcFixtures.page("Two", P2, P1));
      List<ReadResult> rs = read(gzip ? "x.warc.gz" : "x.warc", w.bytes()).results();
      assertThat(rs).as("gzip " + gzip).hasSize(3);
      assertThat(((RawArticle) rs.get(0)).title()).isEqualTo("One");
      Reject bad = (Reject) rs.get(1);
      assertThat(bad.reasonCode()).isEqualTo("malformed_warc");
      assertThat(bad.locator()).startsWith("record 2 (offset ");
      assertThat(((RawArticle) rs.get(2)).title()).isEqualTo("Two");
    }
  }

  @Test
  void aTruncatedLastMemberKeepsTheRecordsBeforeIt() {
    byte[] whole = new WarcFixtures(true).html("https://harbour.example/one", "2024-05-01T10:00:00Z",
        WarcFixtures.page("One", P1)).html("https://harbour.example/two", "2024-05-01T10:00:01Z",
        WarcFixtures.page("Two", P2)).bytes();
    List<ReadResult> rs = read("cut.warc.gz", Arrays.copyOf(whole, whole.length - 60)).results();
    assertThat(rs).hasSize(2);
    assertThat(((RawArticle) rs.get(0)).title()).isEqualTo("One");
    assertThat(((Reject) rs.get(1)).reasonCode()).isIn("truncated_record", "corrupt_gzip");
  }

  @Test
  void aPageTooLargeIsRejectedAndAnArchiveOfOnlySkippedRecordsIsNotEmpty() {
    IngestOptions small = new IngestOptions(null, IngestOptions.defaults().fields(), ',', 1 << 20, 200, "");
    byte[] bytes = new WarcFixtures(true).html("https://harbour.example/one", "2024-05-01T10:00:00Z",
        WarcFixtures.page("One", P1, P2)).bytes();
    List<ReadResult> rs = org.lede.ingest.Read.all("big.warc.gz", () -> new ByteArrayInputStream(bytes), small);
    assertThat(((Reject) rs.get(0)).reasonCode()).isEqualTo("record_too_large");
    Read onlyRequests = read("req.warc.gz", new WarcFixtures(true).warcinfo().request("https://a.example/").bytes());
    assertThat(onlyRequests.results()).isEmpty();
    assertThat(onlyRequests.skipped()).containsEntry("request", 1L);
  }
}
