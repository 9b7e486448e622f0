package org.lede.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void joinsContractionsHyphensAndDottedAbbreviations() {
    assertThat(Words.of("Don’t stop the well-known U.S. band's tour."))
        .containsExactly("Don't", "stop", "the", "well-known", "U.S", "band's", "tour");
  }

  @Test
  void keepsNumbersWithSeparatorsAndPricesWithoutSymbols() {
    assertThat(Words.of("It cost $4.99, or 1,000 yen (3.5%) in 2019."))
        .containsExactly("It", "cost", "4.99", "or", "1,000", "yen", "3.5", "in", "2019");
  }

  @Test
  void urlsAndEmailsAreOneWordWithoutTrailingPunctuation() {
    assertThat(Words.of("See https://example.org/a/b?x=1, or mail desk@example.org."))
        .containsExactly("See", "https://example.org/a/b?x=1", "or", "mail", "desk@example.org");
  }

  @Test
  void dashesAndQuotesSeparateWords() {
    assertThat(Words.of("\"Yes\" -- she said — then left...")).containsExactly("Yes", "she", "said", "then", "left");
  }

  @Test
  void nonLatinLettersAreWordCharacters() {
    assertThat(Words.of("東京 café naïve")).containsExactly("東京", "café", "naïve");
  }

  @Test
  void emptyAndPunctuationOnlyTextHasNoWords() {
    assertThat(Words.of("")).isEmpty();
    assertThat(Words.of("?!... -- ***")).isEmpty();
  }
}
