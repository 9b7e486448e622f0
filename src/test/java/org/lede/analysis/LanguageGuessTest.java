package org.lede.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lede.summary.Summarizer;

/** The article's language as the analysis finds it: script first, then the function words of its tokens. */
class LanguageGuessTest {
  private static String language(String text) {
    try (AnalysisContext context = new AnalysisContext()) {
      return new ArticleAnalyzer(context, Summarizer.Length.DEFAULT, true).analyze("", List.of(text), null)
          .language();
    }
  }

  @Test
  void guessesByScriptAndFunctionWords() {
    assertThat(language("The council voted on the budget and the mayor is expected to sign it this week."))
        .isEqualTo("en");
    assertThat(language("El ayuntamiento aprobó el presupuesto de la ciudad para los próximos años con el apoyo "
        + "de la mayoría.")).isEqualTo("es");
    assertThat(language("Der Rat hat den Haushalt beschlossen und die Bürgermeisterin wird ihn auch unterschreiben."))
        .isEqualTo("de");
    assertThat(language("東京で大きな会議が開かれた。")).isEqualTo("ja");
    assertThat(language("北京今天举行了会议")).isEqualTo("zh");
    assertThat(language("مرحبا بالعالم")).isEqualTo("ar");
    assertThat(language("12345 !!!")).isEqualTo("und");
  }

  @Test
  void shortLatinTextCountsAsEnglish() {
    assertThat(language("Budget approved")).isEqualTo("en");
  }

  @Test
  void aDeclaredLanguageIsKept() {
    try (AnalysisContext context = new AnalysisContext()) {
      assertThat(new ArticleAnalyzer(context, Summarizer.Length.DEFAULT, true)
          .analyze("", List.of("The council voted on the budget."), "fr").language()).isEqualTo("fr");
    }
  }
}
