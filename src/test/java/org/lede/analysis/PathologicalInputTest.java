package org.lede.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lede.ingest.Read;
import org.lede.ingest.ReadResult;
import org.lede.summary.Summarizer;
import org.lede.text.Paragraphs;
import org.lede.text.SentenceSplitter;
import org.lede.text.Syllables;
import org.lede.text.Words;

/**
 * Inputs built to make a regular expression or a scanner backtrack or loop: each must finish. The timeout is
 * a hang detector (generous on purpose), not a speed target; speed lives in the benchmark.
 */
class PathologicalInputTest {
  private static final Duration HANG = Duration.ofSeconds(20);
  private static final int MB = 1 << 20;

  private static List<ReadResult> read(String name, String content) {
    byte[] b = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return Read.bytes(name, b);
  }

  @Test
  void bylinePatternOnAHugeByLine() {
    // TextFormat's byline pattern ^[Bb][Yy]\s+\p{L}.* against a megabyte-long "By" line
    String huge = "Headline\n\nBody.\n\nBy " + "a ".repeat(MB / 2);
    assertTimeoutPreemptively(HANG, () -> assertThat(read("x.txt", huge)).hasSize(1));
  }

  @Test
  void whitespaceCollapsingInTheContentHash() {
    // ArticleIds' \s+ over a megabyte of mixed whitespace
    String spaces = " \t\u00A0\n".repeat(MB / 4);
    assertTimeoutPreemptively(HANG, () -> assertThat(ArticleIds.contentSha256(spaces, List.of(spaces + "x"))).hasSize(64));
  }

  @Test
  void numberSuffixPatternOnAHugeNumberToken() {
    // Numbers' [^A-Za-z] on a digit run with a megabyte-long tail
    String token = "1" + "2-x".repeat(MB / 3);
    assertTimeoutPreemptively(HANG, () -> assertThat(Syllables.count(token)).isPositive());
  }

  @Test
  void scannersOnRepetitiveTricks() {
    assertTimeoutPreemptively(HANG, () -> {
      assertThat(SentenceSplitter.split(".".repeat(MB))).hasSize(1);
      assertThat(SentenceSplitter.split("U.S. ".repeat(MB / 5))).isNotEmpty();
      assertThat(SentenceSplitter.split("Mr. ".repeat(MB / 4))).isNotEmpty();
      assertThat(Words.of("a-'.".repeat(MB / 4))).isNotEmpty();
      assertThat(Words.of("http://" + "x/".repeat(MB / 2))).hasSize(1);
      assertThat(Paragraphs.split("\r\n\r".repeat(MB / 3))).isEmpty();
    });
  }

  @Test
  void csvWithManyUnbalancedQuotes() {
    StringBuilder csv = new StringBuilder("id,text\n");
    for (int i = 0; i < 3000; i++) {
      csv.append(i).append(",\"open quote ").append(i).append('\n');
    }
    // each stray quote swallows at most the next line before the record is rejected; nothing hangs
    assertTimeoutPreemptively(HANG, () -> assertThat(read("x.csv", csv.toString()))
        .hasSizeBetween(1500, 3000).allMatch(r -> r instanceof org.lede.ingest.Reject));
  }

  @Test
  void analyzerOnOneHugeSentenceWithoutPunctuation() {
    String words = "council budget river school ".repeat(MB / 28);
    ArticleAnalyzer analyzer = new ArticleAnalyzer(new AnalysisContext(), Summarizer.Length.DEFAULT, true);
    assertTimeoutPreemptively(HANG, () -> {
      ArticleAnalysis a = analyzer.analyze("Title", List.of(words), null);
      assertThat(a.counts().words).isGreaterThan(100_000);
      assertThat(a.flags()).contains(ArticleAnalyzer.LONG_PARAGRAPH_SPLIT);
    });
  }
}
