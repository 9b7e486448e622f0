package org.lede.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.lede.analysis.ArticleAnalysis;
import org.lede.analysis.ParagraphAnalysis;
import org.lede.readability.Readability;
import org.lede.sentiment.SentimentScores;

/**
 * The analysis's numbers, checked: a NaN or an infinity (a formula over a degenerate count) is not a measure
 * and becomes null, flagged {@code invalid_number} on the article. The same analysis comes back when every
 * number is finite, as it always should be.
 */
final class Measures {
  private Measures() {}

  static ArticleAnalysis finite(ArticleAnalysis x, Collection<String> flags) {
    boolean clean = finite(x.readability()) && finite(x.sentiment());
    for (ParagraphAnalysis p : x.paragraphs()) {
      clean &= finite(p.readability()) && finite(p.sentiment());
    }
    if (clean) {
      return x;
    }
    List<ParagraphAnalysis> paragraphs = new ArrayList<>(x.paragraphs().size());
    for (ParagraphAnalysis p : x.paragraphs()) {
      SentimentScores s = sentiment(p.sentiment(), flags);
      paragraphs.add(new ParagraphAnalysis(p.index(), p.text(), p.sentences(), p.counts(),
          scores(p.readability(), flags), s, s == null ? null : p.sentimentLabel(), p.keySentence(), p.flags()));
    }
    SentimentScores s = sentiment(x.sentiment(), flags);
    return new ArticleAnalysis(x.language(), x.counts(), x.sentenceCount(), scores(x.readability(), flags), s,
        s == null ? null : x.sentimentLabel(), x.mostPositiveParagraph(), x.mostNegativeParagraph(), x.summary(),
        x.summarySentenceIndexes(), paragraphs, x.flags());
  }

  private static SentimentScores sentiment(SentimentScores s, Collection<String> flags) {
    if (finite(s)) {
      return s;
    }
    TableValues.flag(flags, TableValues.INVALID_NUMBER);
    return null;
  }

  private static boolean finite(SentimentScores s) {
    return s == null || Double.isFinite(s.compound()) && Double.isFinite(s.positive())
        && Double.isFinite(s.neutral()) && Double.isFinite(s.negative());
  }

  private static boolean finite(Readability.Scores s) {
    return s == null || ok(s.fleschReadingEase()) && ok(s.fleschKincaidGrade()) && ok(s.gunningFog())
        && ok(s.smogIndex()) && ok(s.colemanLiauIndex()) && ok(s.automatedReadabilityIndex())
        && ok(s.daleChallScore()) && ok(s.linsearWrite()) && ok(s.readingGrade());
  }

  private static boolean ok(Double d) {
    return d == null || Double.isFinite(d);
  }

  private static Readability.Scores scores(Readability.Scores s, Collection<String> flags) {
    if (finite(s)) {
      return s;
    }
    Double grade = TableValues.finite(s.readingGrade(), flags);
    return new Readability.Scores(TableValues.finite(s.fleschReadingEase(), flags),
        TableValues.finite(s.fleschKincaidGrade(), flags), TableValues.finite(s.gunningFog(), flags),
        TableValues.finite(s.smogIndex(), flags), TableValues.finite(s.colemanLiauIndex(), flags),
        TableValues.finite(s.automatedReadabilityIndex(), flags), TableValues.finite(s.daleChallScore(), flags),
        TableValues.finite(s.linsearWrite(), flags), grade, grade == null ? null : s.readingLevel());
  }
}
