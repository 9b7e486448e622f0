package org.lede.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {
  @Test
  void guessesByScriptAndFunctionWords() {
    assertThat(Language.guess("The council voted on the budget and the mayor is expected to sign it this week."))
        .isEqualTo("en");
    assertThat(Language.guess("El ayuntamiento aprobó el presupuesto de la ciudad para los próximos años con el apoyo de la mayoría."))
        .isEqualTo("es");
    assertThat(Language.guess("Der Rat hat den Haushalt beschlossen und die Bürgermeisterin wird ihn auch unterschreiben.")).isEqualTo("de");
    assertThat(Language.guess("東京で大きな会議が開かれた。")).isEqualTo("ja");
    assertThat(Language.guess("北京今天举行了会议")).isEqualTo("zh");
    assertThat(Language.guess("مرحبا بالعالم")).isEqualTo("ar");
    assertThat(Language.guess("12345 !!!")).isEqualTo("und");
  }

  @Test
  void shortLatinTextCountsAsEnglish() {
    assertThat(Language.guess("Budget approved")).isEqualTo("en");
  }
}
