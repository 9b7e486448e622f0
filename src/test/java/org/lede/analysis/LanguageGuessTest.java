package org.lede.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lede.summary.Summarizer;
import org.lede.text.Language;

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
  void theScriptIsReadFromTheArticlesFirstCharactersOnly() {
    String english = "The council voted on the budget. ";
    String russian = "Совет проголосовал за бюджет города на следующий год. ".repeat(40);
    assertThat(language(english.repeat(10) + "\n\n" + russian)).isEqualTo("ru");
    assertThat(language(english.repeat(46) + "\n\n" + russian)).isEqualTo("en"); // 1,518 characters before it
    // the sample counts each paragraph's line break, as if the paragraphs were lines of one text
    Language.FunctionWords none = new Language.FunctionWords();
    assertThat(Language.guess(List.of("abc", "жжжжж"), 4, none)).isEqualTo("en");
    assertThat(Language.guess(List.of("abc", "жжжжж"), 7, none)).isEqualTo("en"); // three letters each
    assertThat(Language.guess(List.of("abc", "жжжжж"), 8, none)).isEqualTo("ru");
  }

  @Test
  void aSurrogatePairCutAtTheSampleEndIsNoLetter() {
    String han = new String(Character.toChars(0x20000)); // a CJK ideograph outside the BMP: two chars
    Language.FunctionWords none = new Language.FunctionWords();
    // the sample's last character is the first half of a pair: one Latin letter against one ideograph
    assertThat(Language.guess(List.of("a" + han + han), 4, none)).isEqualTo("en");
    assertThat(Language.guess(List.of("a" + han + han), 5, none)).isEqualTo("zh");
    assertThat(Language.guess("a" + han + han.charAt(0), none)).isEqualTo("en");
    assertThat(Language.guess("a" + han + han, none)).isEqualTo("zh");
  }

  @Test
  void aDeclaredLanguageIsKept() {
    try (AnalysisContext context = new AnalysisContext()) {
      assertThat(new ArticleAnalyzer(context, Summarizer.Length.DEFAULT, true)
          .analyze("", List.of("The council voted on the budget."), "fr").language()).isEqualTo("fr");
    }
  }
}
