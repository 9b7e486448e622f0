package org.lede.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageReadabilityTest {
  /** Two sentences, 20 words, 30 syllables, 100 letters, 5 long words, 3 of three syllables, 12 of one. */
  private static final LanguageReadability.Counts WORKED = new LanguageReadability.Counts(2, 20, 30, 100, 5, 3, 12);

  @Test
  void eachFleschAdaptationGivesItsPublishedValueOnAWorkedExample() {
    // ASL 10, ASW 1.5, by hand
    assertThat(LanguageReadability.fleschEase("de", WORKED).score()).isCloseTo(82.25, within(1e-9));
    assertThat(LanguageReadability.fleschEase("fr", WORKED).score()).isCloseTo(86.45, within(1e-9));
    assertThat(LanguageReadability.fleschEase("es", WORKED).score()).isCloseTo(106.64, within(1e-9));
    assertThat(LanguageReadability.fleschEase("it", WORKED).score()).isCloseTo(114.0, within(1e-9));
    assertThat(LanguageReadability.fleschEase("nl", WORKED).score()).isCloseTo(82.035, within(1e-9));
    assertThat(LanguageReadability.fleschEase("pt", WORKED).score()).isCloseTo(111.785, within(1e-9));
    assertThat(LanguageReadability.fleschEase("de", WORKED).formula()).isEqualTo("amstad");
    assertThat(LanguageReadability.fleschEase("sv", WORKED).score()).isNull();
  }

  @Test
  void theOtherFormulasGiveTheirPublishedValues() {
    assertThat(LanguageReadability.szigrisztPazos(WORKED)).isCloseTo(103.385, within(1e-9));
    assertThat(LanguageReadability.gulpease(WORKED)).isCloseTo(69.0, within(1e-9));
    assertThat(LanguageReadability.brouwer(WORKED)).isCloseTo(74.5, within(1e-9));
    // MS 15, SL 10, IW 25, ES 60
    assertThat(LanguageReadability.wienerSachtextformel(1, WORKED)).isCloseTo(4.98, within(1e-9));
    assertThat(LanguageReadability.wienerSachtextformel(2, WORKED)).isCloseTo(5.346, within(1e-9));
    assertThat(LanguageReadability.wienerSachtextformel(3, WORKED)).isCloseTo(5.2351, within(1e-9));
    assertThat(LanguageReadability.wienerSachtextformel(4, WORKED)).isCloseTo(5.079, within(1e-9));
    assertThat(LanguageReadability.gulpease(new LanguageReadability.Counts(0, 0, 0, 0, 0, 0, 0))).isNull();
  }

  @Test
  void syllablesFollowEachLanguagesSpelling() {
    assertSyllables("es", "casa 2, día 2, ciudad 2, leer 2, queso 2, guitarra 3, pingüino 3, aéreo 4, tranexámico 5");
    assertSyllables("it", "gatto 2, aereo 4, quando 2, piede 2, città 2, giornale 3");
    assertSyllables("de", "Haus 1, Zeitung 2, Theater 3, lesen 2, Quelle 2, Bier 1, Häuser 2, Januar 3");
    assertSyllables("fr", "table 1, tables 1, été 2, maison 2, oiseau 2, chanter 2, naïf 2");
    assertSyllables("nl", "huis 1, boek 1, lezen 2, beëindigen 4, ijs 1, kopiëren 4");
    assertSyllables("pt", "casa 2, coração 3, queijo 2, poeta 3, notícia 3");
  }

  @Test
  void aTextIsCountedWordBySentence() {
    LanguageReadability.Counts c = LanguageReadability.count("es",
        List.of("La casa es grande.", "El día de hoy, 2024, llueve."));
    assertThat(c.sentences()).isEqualTo(2);
    assertThat(c.words()).isEqualTo(10);
    // la 1, casa 2, es 1, grande 2; el 1, día 2, de 1, hoy 1, 2024 0, llueve 2
    assertThat(c.syllables()).isEqualTo(13);
    assertThat(c.monosyllables()).isEqualTo(5); // la, es, el, de, hoy (a number has no syllables)
  }

  private static void assertSyllables(String language, String pairs) {
    for (String pair : pairs.split(", ")) {
      String[] wn = pair.split(" ");
      assertThat(LanguageSyllables.count(wn[0], language)).as(language + " " + wn[0]).isEqualTo(Integer.parseInt(wn[1]));
    }
  }
}
