package org.lede.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lede.sentiment.SentimentScores;
import org.lede.sentiment.Vader;
import org.lede.summary.Summarizer;
import org.lede.text.Bounded;

/**
 * The analysis reads each sentence once and takes its words' facts from shared tables; what it computes must
 * equal what each analysis computes on its own from the text, however many new forms it learns on the way.
 */
class ArticleAnalyzerTest {
  /** An article of many made-up words (each learnt by the context on first sight) among rated ones. */
  private static List<String> article(long seed) {
    Random r = new Random(seed);
    String[] rated = {"good", "bad", "terrible", "praised", "Not", "hardly", "very", "crisis", "GREAT", "but"};
    List<String> paragraphs = new ArrayList<>();
    for (int p = 0; p < 40; p++) {
      StringBuilder b = new StringBuilder();
      for (int s = 0; s < 3; s++) {
        b.append("The ");
        for (int w = 0; w < 12; w++) {
          if (r.nextInt(4) == 0) {
            b.append(rated[r.nextInt(rated.length)]);
          } else {
            for (int c = 0; c < 5 + r.nextInt(4); c++) {
              b.append((char) ('a' + r.nextInt(26)));
            }
          }
          b.append(r.nextInt(6) == 0 ? ", " : " ");
        }
        b.append(r.nextInt(5) == 0 ? "council!" : "council.").append(' ');
      }
      paragraphs.add(b.toString().strip());
    }
    return paragraphs;
  }

  @Test
  void paragraphSentimentIsTheMeanOfItsSentencesScoredOnTheirOwn() {
    AnalysisContext context = new AnalysisContext();
    ArticleAnalyzer analyzer = new ArticleAnalyzer(context, Summarizer.Length.DEFAULT, true);
    for (long seed = 1; seed <= 3; seed++) {
      List<String> paragraphs = article(seed);
      ArticleAnalysis a = analyzer.analyze("A headline", paragraphs, "en");
      for (int p = 0; p < paragraphs.size(); p++) {
        List<String> sentences = Bounded.sentences(paragraphs.get(p));
        double mean = 0;
        for (String s : sentences) {
          mean += Vader.forNews().score(s).compound();
        }
        mean /= sentences.size();
        SentimentScores got = a.paragraphs().get(p).sentiment();
        assertThat(got.compound()).as("seed " + seed + " paragraph " + p).isCloseTo(mean, within(1e-12));
      }
    }
  }

  @Test
  void crossheadsAreNeverSummarySentences() {
    List<String> paragraphs = List.of(
        "The town's only bridge will close for repairs next month, the council said on Monday.",
        "Drivers will have to take a detour of twelve miles through the hills.",
        "Why the bridge must close",
        "Engineers found cracks in two of its supports during an inspection in the spring.",
        "What happens next",
        "Work starts on the first of June and should last about six weeks, weather permitting.",
        "A short line without a verb, but ending like a sentence.");
    ArticleAnalyzer analyzer = new ArticleAnalyzer(new AnalysisContext(), new Summarizer.Length(0, 0.99, 0), true);
    ArticleAnalysis a = analyzer.analyze("Bridge to close for six weeks of repairs", paragraphs, "en");
    assertThat(a.summary()).doesNotContain("Why the bridge must close", "What happens next")
        .contains("Engineers found cracks", "Work starts on the first of June", "A short line without a verb");
    // a text of short lines only keeps them as its sentences
    ArticleAnalysis list = analyzer.analyze("Opening hours", List.of("Monday to Friday nine to five",
        "Saturday ten to two", "Closed on Sundays"), "en");
    assertThat(list.summary()).contains("Saturday ten to two");
  }

  @Test
  void everySupportedLanguageGetsItsOwnReadingEaseOverTheWholeArticleAndEachParagraph() {
    ArticleAnalyzer analyzer = new ArticleAnalyzer(new AnalysisContext(), Summarizer.Length.DEFAULT, true);
    // our own short German text: two paragraphs, the second plainly harder
    List<String> german = List.of("Der Hund ist klein. Er spielt im Garten. Die Kinder lachen.",
        "Die Bundesregierung verabschiedete gestern umfangreiche Maßnahmen zur Stabilisierung der "
            + "Energieversorgung, nachdem monatelange Verhandlungen zwischen den Koalitionsparteien gescheitert waren.");
    ArticleAnalysis de = analyzer.analyze("Nachrichten", german, null);
    assertThat(de.language()).isEqualTo("de");
    ArticleAnalysis.LanguageEases e = de.languageEases();
    assertThat(e.article().formula()).isEqualTo("amstad");
    assertThat(e.paragraphs()[0].score()).isGreaterThan(e.paragraphs()[1].score() + 40);
    // the article's ease is that of its counts taken together, between its paragraphs' own
    assertThat(e.article().score()).isBetween(e.paragraphs()[1].score(), e.paragraphs()[0].score());
    ArticleAnalysis en = analyzer.analyze("News", article(7), "en");
    assertThat(en.languageEases().article().formula()).isEqualTo(ArticleAnalysis.FLESCH);
    assertThat(en.languageEases().article().score()).isEqualTo(en.readability().fleschReadingEase());
  }
}
