package org.lede.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lede.summary.Summarizer;

/**
 * The summariser's term ids are the article's own: the same stem is one term however the memos of word forms
 * fill and empty while the article is read. (Before, a memo emptied mid-article gave a stem seen again a
 * second id, which split its counts in the sentence graph.)
 */
class TermIdsTest {
  /**
   * Sentences sharing made-up words no dictionary has, written with a capital inside (as names often are), so
   * every one of them goes through the memo of forms as written.
   */
  private static List<String> article() {
    String[] made = {"ZorBlat", "QuenMir", "FanDrel", "OstriVay", "PlumBrick", "GarVanto", "TeshWill", "MorVane"};
    List<String> paragraphs = new ArrayList<>();
    for (int p = 0; p < 12; p++) {
      paragraphs.add("The " + made[p % 8] + " council met the " + made[(p + 3) % 8] + " board on Monday. "
          + "Officials said the " + made[(p + 5) % 8] + " plan would cost " + (p + 2) + " million dollars.");
    }
    return paragraphs;
  }

  @Test
  void summaryScoresDoNotDependOnHowOftenTheMemoEmpties() {
    ArticleAnalysis roomy = new ArticleAnalyzer(new AnalysisContext(), Summarizer.Length.DEFAULT, true)
        .analyze("T", article(), null);
    ArticleAnalysis tiny = new ArticleAnalyzer(new AnalysisContext(6), Summarizer.Length.DEFAULT, true)
        .analyze("T", article(), null);
    assertThat(tiny.summary()).isEqualTo(roomy.summary());
    for (int p = 0; p < roomy.paragraphs().size(); p++) {
      assertThat(tiny.paragraphs().get(p).keySentence()).isEqualTo(roomy.paragraphs().get(p).keySentence());
    }
    assertThat(tiny.summarySentenceIndexes()).containsExactly(roomy.summarySentenceIndexes());
  }
}
