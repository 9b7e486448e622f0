package org.lede.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** .json files as the tools people use write them; every record here is written for these tests. */
class JsonDocumentFormatTest {
  private static List<ReadResult> read(String name, String json, IngestOptions options) {
    byte[] b = json.getBytes(StandardCharsets.UTF_8);
    return Read.all(name, () -> new ByteArrayInputStream(b), options);
  }

  private static List<ReadResult> read(String name, String json) {
    return read(name, json, IngestOptions.defaults());
  }

  private static IngestOptions pointer(String p) {
    IngestOptions d = IngestOptions.defaults();
    return new IngestOptions(null, d.fields(), ',', d.maxFileBytes(), d.maxRecordBytes(), p);
  }

  @Test
  void aNewsPleaseFileIsOnePrettyPrintedArticle() {
    String json = "{\n  \"authors\": [\"Dana Reyes\", \"Omar Said\"],\n  \"date_publish\": \"2024-03-05 08:15:00\",\n"
        + "  \"description\": \"A short summary.\",\n  \"language\": \"en\",\n"
        + "  \"maintext\": \"The county opened its first public charging hub for electric buses on Tuesday."
        + "\\n\\nSix more are planned by the end of next year.\",\n"
        + "  \"source_domain\": \"county-herald.example\",\n  \"title\": \"County opens bus charging hub\",\n"
        + "  \"url\": \"https://county-herald.example/hub\"\n}\n";
    List<ReadResult> rs = read("np.json", json);
    assertThat(rs).hasSize(1);
    RawArticle a = (RawArticle) rs.get(0);
    assertThat(a.title()).isEqualTo("County opens bus charging hub");
    assertThat(a.byline()).isEqualTo("Dana Reyes, Omar Said");
    assertThat(a.publishedAt()).isEqualTo("2024-03-05 08:15:00");
    assertThat(a.source()).isEqualTo("county-herald.example");
    assertThat(a.url()).isEqualTo("https://county-herald.example/hub");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.paragraphs()).hasSize(2);
    assertThat(a.locator()).isEqualTo("record 1 (line 1)");
  }

  @Test
  void aNewsApiResponseGivesItsArticlesWithNestedSourceAndTheTruncationMarkerRemoved() {
    String json = "{\"status\": \"ok\", \"totalResults\": 2, \"articles\": [\n"
        + " {\"source\": {\"id\": null, \"name\": \"Valley Wire\"}, \"author\": \"Kim Lee\", \"title\": \"Dam repairs begin\","
        + "  \"description\": \"d\", \"url\": \"https://valleywire.example/dam\", \"publishedAt\": \"2024-04-01T09:00:00Z\","
        + "  \"content\": \"Engineers began repairing the old dam on Monday after cracks were found in the spring\u2026 [+2345 chars]\"},\n"
        + " {\"source\": {\"id\": \"bbc-news\", \"name\": \"BBC News\"}, \"author\": null, \"title\": \"Second\","
        + "  \"content\": \"A second article with its own text.\"}\n]}";
    List<ReadResult> rs = read("newsapi.json", json);
    assertThat(rs).hasSize(2);
    RawArticle a = (RawArticle) rs.get(0);
    assertThat(a.source()).isEqualTo("Valley Wire");
    assertThat(a.byline()).isEqualTo("Kim Lee");
    assertThat(a.publishedAt()).isEqualTo("2024-04-01T09:00:00Z");
    assertThat(a.paragraphs()).containsExactly(
        "Engineers began repairing the old dam on Monday after cracks were found in the spring");
    assertThat(a.flags()).contains(Fields.TRUNCATED_TEXT);
    assertThat(a.locator()).isEqualTo("record 1 (line 2)");
    RawArticle b = (RawArticle) rs.get(1);
    assertThat(b.source()).isEqualTo("BBC News");
    assertThat(b.byline()).isNull();
    assertThat(b.flags()).doesNotContain(Fields.TRUNCATED_TEXT);
  }

  @Test
  void aSavedApiResponseWithCommentLinesOnTopIsRead() {
    String json = "// 20190621201710\n// https://newsapi.example/v2/everything?q=dam\n/* saved by hand */\n\n"
        + "{\"status\": \"ok\", \"articles\": [{\"title\": \"Dam repairs begin\", // the first one\n"
        + "\"content\": \"Repairs to the dam started on Monday.\"}]}";
    List<ReadResult> rs = read("saved.json", json);
    assertThat(rs).hasSize(1);
    assertThat(Read.article(rs.get(0)).title()).isEqualTo("Dam repairs begin");
  }

  @Test
  void anArrayOfObjectsAndItsBadElements() {
    String json = "[{\"id\": \"a1\", \"text\": \"First article text.\", \"hostname\": \"a.example\", \"lang\": \"English\"},"
        + " \"a string\", {\"id\": \"a1\", \"text\": \"Same id again.\"}, {\"id\": \"a2\", \"title\": \"no text\"}]";
    List<ReadResult> rs = read("array.json", json);
    assertThat(rs).hasSize(4);
    RawArticle a = (RawArticle) rs.get(0);
    assertThat(a.source()).isEqualTo("a.example");
    assertThat(a.language()).isEqualTo("en");
    assertThat(((Reject) rs.get(1)).reasonCode()).isEqualTo("malformed_json");
    assertThat(((Reject) rs.get(2)).reasonCode()).isEqualTo("duplicate_id");
    assertThat(((Reject) rs.get(3)).reasonCode()).isEqualTo("missing_text");
  }

  @Test
  void anArrayCutOffMidwayKeepsTheRecordsBeforeTheBreak() {
    StringBuilder json = new StringBuilder("[\n");
    for (int i = 0; i < 5; i++) {
      json.append("{\"id\": \"c").append(i).append("\", \"text\": \"Article number ").append(i).append(".\"},\n");
    }
    json.append("{\"id\": \"c5\", \"text\": \"Cut off in the mid");
    List<ReadResult> rs = read("cut.json", json.toString());
    assertThat(rs).hasSize(6);
    assertThat(rs.subList(0, 5)).allMatch(r -> r instanceof RawArticle);
    Reject last = (Reject) rs.get(5);
    assertThat(last.reasonCode()).isEqualTo("malformed_json");
    assertThat(last.locator()).isEqualTo("record 6 (line 7)");
  }

  @Test
  void jsonLinesUnderAJsonNameAreReadLineByLine() {
    String lines = "{\"id\": \"l1\", \"text\": \"Line one text.\"}\n{\"id\": \"l2\", \"text\": \"Line two text.\"}\n";
    List<ReadResult> rs = read("lines.json", lines);
    assertThat(rs).hasSize(2).allMatch(r -> r instanceof RawArticle);
    assertThat(rs.get(1).locator()).isEqualTo("line 2");
  }

  @Test
  void gzippedJsonLinesUnderAJsonNameWithABrokenFirstLineLoseOnlyThatLine() {
    String broken = "{\"id\": \"l1\", \"text\": \"broken\n{\"id\": \"l2\", \"text\": \"Line two text.\"}\n"
        + "{\"id\": \"l3\", \"text\": \"Line three text.\"}\n";
    byte[] gz = Read.gzip(broken.getBytes(StandardCharsets.UTF_8));
    List<ReadResult> rs = Read.all("lines.json.gz", () -> new ByteArrayInputStream(gz),
        IngestOptions.defaults());
    assertThat(rs).hasSize(3);
    assertThat(((Reject) rs.get(0)).locator()).isEqualTo("line 1");
    assertThat(((RawArticle) rs.get(2)).id()).isEqualTo("l3");
  }

  @Test
  void anEnvelopeWithTwoCandidateArraysIsAmbiguousUnlessAPointerOrAUsualNameDecides() {
    String two = "{\"top\": [{\"text\": \"One.\"}], \"more\": [{\"text\": \"Two.\"}]}";
    Reject r = (Reject) read("two.json", two).get(0);
    assertThat(r.reasonCode()).isEqualTo("ambiguous_json");
    assertThat(r.reason()).contains("/top", "/more", "input.json.records");
    List<ReadResult> chosen = read("two.json", two, pointer("/more"));
    assertThat(chosen).hasSize(1);
    assertThat(((RawArticle) chosen.get(0)).paragraphs()).containsExactly("Two.");
    String usual = "{\"sources\": [{\"id\": \"x\"}], \"data\": {\"items\": [{\"text\": \"Nested item.\"}]}}";
    assertThat(((RawArticle) read("nested.json", usual).get(0)).paragraphs()).containsExactly("Nested item.");
    Reject missing = (Reject) read("two.json", two, pointer("/articles")).get(0);
    assertThat(missing.reasonCode()).isEqualTo("records_not_found");
  }

  @Test
  void oneObjectWithoutTextOrArraysIsAMissingTextRecord() {
    List<ReadResult> rs = read("meta.json", "{\"title\": \"Only a title\", \"tags\": [\"a\", \"b\"]}");
    assertThat(rs).hasSize(1);
    assertThat(((Reject) rs.get(0)).reasonCode()).isEqualTo("missing_text");
    assertThat(((Reject) read("scalar.json", "\"just a string\"").get(0)).reasonCode()).isEqualTo("malformed_json");
  }

  @Test
  void trafilaturaJsonOutput() {
    String json = "{\"title\": \"Library extends hours\", \"author\": \"Ana Ruiz; Tom Hale\", \"hostname\": \"courier.example\","
        + " \"date\": \"2024-02-10\", \"sitename\": \"Valley Courier\", \"text\": \"The library will stay open later.\","
        + " \"language\": \"en\"}";
    RawArticle a = (RawArticle) read("t.json", json).get(0);
    assertThat(a.source()).isEqualTo("Valley Courier");
    assertThat(a.byline()).isEqualTo("Ana Ruiz; Tom Hale");
    assertThat(a.publishedAt()).isEqualTo("2024-02-10");
    assertThat(a.language()).isEqualTo("en");
  }
}
