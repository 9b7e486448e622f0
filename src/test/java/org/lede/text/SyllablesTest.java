package org.lede.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyllablesTest {
  @ParameterizedTest
  @CsvSource({
      "cat, 1", "the, 1", "table, 2", "make, 1", "makes, 1", "boxes, 2", "places, 2", "jumped, 1",
      "wanted, 2", "played, 1", "education, 4", "important, 3", "beautiful, 3", "media, 3", "radio, 3",
      "video, 3", "actual, 3", "being, 2", "going, 2", "happiest, 3", "tourism, 3", "statement, 2",
      "careful, 2", "people, 2", "nation, 2", "yes, 1", "rhythm, 2", "serious, 3", "million, 2",
      "created, 3", "quiet, 2", "area, 3"})
  void countsCommonWordsFromTheDictionary(String word, int expected) {
    assertThat(CmuDict.get().syllables(word)).isEqualTo(expected);
    assertThat(Syllables.count(word)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      "cat, 1", "table, 2", "make, 1", "makes, 1", "boxes, 2", "places, 2", "jumped, 1", "wanted, 2",
      "played, 1", "education, 4", "important, 3", "media, 3", "radio, 3", "video, 3", "actual, 3",
      "going, 2", "happiest, 3", "tourism, 3", "statement, 2", "careful, 2", "nation, 2", "cabled, 2",
      "employer, 3", "dryer, 2", "baseline, 2", "client, 2", "serious, 3", "ccd, 3"})
  void ruleFallbackOnWordsItWasWrittenFor(String word, int expected) {
    assertThat(Syllables.ruleCount(word)).isEqualTo(expected);
  }

  @Test
  void ruleFallbackIsAtLeastNinetyPercentExactOnHeldOutDictionaryWords() {
    // every 10th purely alphabetic entry, counted as if the dictionary did not have it
    int[] seen = new int[3];
    CmuDict.get().forEach((word, syllables) -> {
      if (!word.matches("[a-z]+") || seen[2]++ % 10 != 5) {
        return;
      }
      seen[0]++;
      if (Syllables.ruleCount(word) == syllables) {
        seen[1]++;
      }
    });
    assertThat(seen[0]).isGreaterThan(11_000);
    assertThat(seen[1] / (double) seen[0]).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void inflectionsOfDictionaryWordsUseTheStem() {
    assertThat(CmuDict.get().syllables("tweeting")).isEqualTo(-1);
    assertThat(Syllables.count("tweeting")).isEqualTo(2);
    assertThat(Syllables.count("podcasters")).isEqualTo(3);
    assertThat(Syllables.count("unfriended")).isEqualTo(3);
  }

  @Test
  void dictionaryIsCompactAndCaseInsensitiveThroughLowerCase() {
    CmuDict d = CmuDict.get();
    assertThat(d.size()).isGreaterThan(120_000);
    assertThat(d.heapBytes()).isLessThan(4L << 20);
    assertThat(Syllables.count("Education")).isEqualTo(4);
    assertThat(d.syllables("café")).isEqualTo(-1);
  }

  @ParameterizedTest
  @CsvSource({"7, 2", "12, 1", "21, 3", "100, 3", "'1,000', 3", "2019, 4", "1990, 4", "2005, 4", "3.5, 3",
      "1st, 1", "42, 3"})
  void numbersCountAsReadAloud(String number, int expected) {
    assertThat(Syllables.count(number)).isEqualTo(expected);
  }

  @Test
  void shortAcronymsAreSpelledOutLongerOnesReadAsWords() {
    assertThat(Syllables.count("FBI")).isEqualTo(3);
    assertThat(Syllables.count("WHO")).isEqualTo(5);
    assertThat(Syllables.count("NYPD")).isEqualTo(4);
    assertThat(Syllables.count("NATO")).isEqualTo(2);
  }

  @Test
  void allCapsHeadlineWordsAreReadAsWords() {
    assertThat(Syllables.count("WHO", true)).isEqualTo(1);
    assertThat(Syllables.count("MARKETS", true)).isEqualTo(2);
  }

  @Test
  void hyphenatedCompoundsSumTheirParts() {
    assertThat(Syllables.count("well-known")).isEqualTo(2);
    assertThat(Syllables.count("COVID-19")).isEqualTo(4);
  }

  @Test
  void contractionsWithStraightOrCurlyApostrophes() {
    assertThat(Syllables.count("don't")).isEqualTo(1);
    assertThat(Syllables.count("couldn't")).isEqualTo(2);
    assertThat(Syllables.count("it's")).isEqualTo(1);
    assertThat(Syllables.count("James's")).isEqualTo(2);
    // Words normalises curly apostrophes before counting
    assertThat(Syllables.count(Words.of("couldn’t").get(0))).isEqualTo(2);
  }

  @Test
  void urlsCountOnePerPart() {
    assertThat(Syllables.count("www.example.org")).isEqualTo(3);
  }
}
