package org.lede.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceNamesTest {
  @Test
  void theLongestNamedFolderWinsThenTheUrlsHost() {
    String here = Path.of("").toAbsolutePath().toString();
    SourceNames names = new SourceNames(Map.of("feeds", "All feeds", "feeds/afp", "AFP",
        "s3a://bucket/wires", "Wires"));
    assertThat(names.of("file:" + here + "/feeds/afp/2026/a.txt", null)).isEqualTo("AFP");
    assertThat(names.of("file://" + here + "/feeds/reuters/b.txt", "https://x.org/1")).isEqualTo("All feeds");
    assertThat(names.of("s3a://bucket/wires/c.jsonl", null)).isEqualTo("Wires");
    // a folder whose name only begins like a named one is not in it
    assertThat(names.of("file:" + here + "/feedsX/d.txt", "https://www.Example.co.uk/news/1")).isEqualTo("example.co.uk");
    assertThat(names.of("file:/elsewhere/e.txt", "not a url")).isNull();
    assertThat(SourceNames.NONE.of("file:/x/y.html", "http://news.example.org:8080/a?b=c")).isEqualTo("news.example.org");
  }

  @Test
  void theRecordsOwnSourceComesFirst() {
    SourceNames names = new SourceNames(Map.of("/data", "Folder name"));
    ArticleProcessor p = new ArticleProcessor(new org.lede.analysis.ArticleAnalyzer(ArticleProcessorTest.CONTEXT,
        org.lede.summary.Summarizer.Length.DEFAULT, true), ArticleProcessorTest.WINDOW, false, names);
    assertThat(source(p, "Own Outlet", "https://example.org/a")).isEqualTo("Own Outlet");
    assertThat(source(p, null, "https://example.org/a")).isEqualTo("Folder name");
    assertThat(source(p, "  ", null)).isEqualTo("Folder name");
  }

  private static String source(ArticleProcessor p, String source, String url) {
    org.lede.ingest.RawArticle a = new org.lede.ingest.RawArticle("file:/data/x.jsonl", "line 1", 0, "a1", "Budget",
        null, null, url, source, null, null, java.util.List.of(ArticleProcessorTest.TEXT), java.util.List.of());
    return ((ProcessedArticle) p.process(a)).source();
  }
}
