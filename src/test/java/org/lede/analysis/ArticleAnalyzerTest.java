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
}
