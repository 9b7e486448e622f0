package org.lede.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LanguageTermsTest {
  /** Each row: language, two forms of one word, then a stop word of the language. */
  static final String[][] CASES = {
      {"de", "Häuser", "Haus", "und"},
      {"fr", "gouvernements", "gouvernement", "les"},
      {"es", "casas", "casa", "los"},
      {"it", "governi", "governo", "della"},
      {"nl", "regeringen", "regering", "het"},
      {"pt", "governos", "governo", "dos"}};

  @Test
  void formsOfOneWordAreOneTermAndStopWordsNone() {
    for (String[] c : CASES) {
      Function<String, String> terms = LanguageTerms.of(c[0]);
      assertThat(terms.apply(c[1])).as(c[0]).isNotNull().isEqualTo(terms.apply(c[2]));
      assertThat(terms.apply(c[3])).as(c[0] + " stop word").isNull();
      assertThat(terms.apply("2026")).isNull();
    }
    // another language's stemmer keeps them apart: the terms are the language's own
    assertThat(LanguageTerms.of("fr").apply("Häuser")).isNotEqualTo(LanguageTerms.of("de").apply("Häuser"));
  }

  @Test
  void onlyTheSixLanguagesHaveTermsOfTheirOwn() {
    assertThat(LanguageTerms.supports("de")).isTrue();
    assertThat(LanguageTerms.supports("en")).isFalse();
    assertThat(LanguageTerms.supports(null)).isFalse();
    assertThatThrownBy(() -> LanguageTerms.of("xx")).isInstanceOf(IllegalArgumentException.class);
  }
}
