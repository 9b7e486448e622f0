package org.lede.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.lede.readability.Readability;
import org.lede.sentiment.SentimentScores;
import org.lede.summary.Summarizer;
import org.lede.text.SentenceSplitter;

/** The text engine on arbitrary Unicode: never throws, every measure finite or null, counts consistent. */
class TextEnginePropertiesTest {
  private final ArticleAnalyzer analyzer = new ArticleAnalyzer(new AnalysisContext(), new Summarizer.Length(3, 0, 0), true);

  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> anyUnicode = Arbitraries.strings().all().ofMaxLength(400);
    Arbitrary<String> prose = Arbitraries.strings()
        .withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ .,;:!?'\"()-\n\u2019\u201C\u201D\u2026\u200B\u202E")
        .ofMaxLength(600);
    Arbitrary<String> words = Arbitraries.of("The", "council", "voted", "U.S.", "Dr.", "3.5", "$4.99", "not",
        "good", "BAD", "but", "no", "one", "hurt", "?", "!", ".", "...", "\"", "東京", "مرحبا", "https://x.org",
        "don't", "well-known", "2019", "", "\n\n").list().ofMaxSize(80).map(l -> String.join(" ", l));
    return Arbitraries.oneOf(anyUnicode, prose, words);
  }

  @Property(tries = 300)
  void neverThrowsAndEveryMeasureIsFiniteOrNull(@ForAll("text") String title,
      @ForAll @Size(max = 4) List<@net.jqwik.api.From("text") String> paragraphs) {
    ArticleAnalysis a = analyzer.analyze(title, paragraphs, null);
    assertFinite(a.readability());
    assertThat(a.counts().words).isNotNegative();
    assertThat(a.counts().sentences).isNotNegative().isLessThanOrEqualTo(a.counts().words);
    assertThat(a.counts().syllables).isNotNegative();
    assertSentiment(a.sentiment());
    for (ParagraphAnalysis p : a.paragraphs()) {
      assertFinite(p.readability());
      assertSentiment(p.sentiment());
      assertThat(p.counts().sentences).isLessThanOrEqualTo(p.counts().words);
    }
    // summary sentences come from the input, in order
    List<String> all = new ArrayList<>();
    for (ParagraphAnalysis p : a.paragraphs()) {
      for (SentenceAnalysis s : p.sentences()) {
        all.add(s.text);
      }
    }
    int[] idx = a.summarySentenceIndexes();
    for (int i = 0; i < idx.length; i++) {
      assertThat(idx[i]).isBetween(0, all.size() - 1);
      if (i > 0) {
        assertThat(idx[i]).isGreaterThan(idx[i - 1]);
      }
    }
    if (a.summary() != null) {
      List<String> lines = List.of(a.summary().split("\n", -1));
      assertThat(lines).hasSize(idx.length);
      for (int i = 0; i < idx.length; i++) {
        assertThat(lines.get(i)).isEqualTo(all.get(idx[i]));
      }
    }
  }

  @Property(tries = 300)
  void sentencesAreSubstringsInOrder(@ForAll("text") String paragraph) {
    int from = 0;
    for (int[] span : SentenceSplitter.spans(paragraph)) {
      assertThat(span[0]).isGreaterThanOrEqualTo(from);
      assertThat(span[1]).isGreaterThan(span[0]).isLessThanOrEqualTo(paragraph.length());
      from = span[1];
    }
  }

  private static void assertFinite(Readability.Scores s) {
    for (Double d : new Double[] {s.fleschReadingEase(), s.fleschKincaidGrade(), s.gunningFog(), s.smogIndex(),
        s.colemanLiauIndex(), s.automatedReadabilityIndex(), s.daleChallScore(), s.linsearWrite(),
        s.readingGrade()}) {
      if (d != null) {
        assertThat(d).isFinite();
      }
    }
    if (s.readingGrade() != null) {
      assertThat(s.readingGrade()).isNotNegative();
    }
  }

  private static void assertSentiment(SentimentScores s) {
    if (s == null) {
      return;
    }
    assertThat(s.compound()).isBetween(-1.0, 1.0);
    for (double d : new double[] {s.positive(), s.neutral(), s.negative()}) {
      assertThat(d).isFinite().isBetween(0.0, 1.0);
    }
  }
}
