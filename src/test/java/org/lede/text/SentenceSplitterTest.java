package org.lede.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  @Test
  void splitsOnTerminalPunctuationBeforeACapital() {
    assertThat(SentenceSplitter.split("The vote passed. Critics objected! Why now? Nobody knows."))
        .containsExactly("The vote passed.", "Critics objected!", "Why now?", "Nobody knows.");
  }

  @Test
  void titlesAndInitialsDoNotEndSentences() {
    assertThat(SentenceSplitter.split("Mr. Smith met Dr. J. K. Rowling on Main St. yesterday. They spoke."))
        .containsExactly("Mr. Smith met Dr. J. K. Rowling on Main St. yesterday.", "They spoke.");
  }

  @Test
  void monthAndNumberAbbreviationsBeforeDigitsDoNotSplit() {
    assertThat(SentenceSplitter.split("On Jan. 5 the No. 2 seed lost. Fans left."))
        .containsExactly("On Jan. 5 the No. 2 seed lost.", "Fans left.");
  }

  @Test
  void dottedAcronymsSplitOnlyBeforeASentenceOpener() {
    assertThat(SentenceSplitter.split("U.S. officials met U.S. President Lee in the U.S. The talks ended."))
        .containsExactly("U.S. officials met U.S. President Lee in the U.S.", "The talks ended.");
    assertThat(SentenceSplitter.split("Shares of Acme Inc. rose. Acme Inc. Chief Executive Jo Park said so."))
        .containsExactly("Shares of Acme Inc. rose.", "Acme Inc. Chief Executive Jo Park said so.");
  }

  @Test
  void decimalsAndPricesDoNotSplit() {
    assertThat(SentenceSplitter.split("Prices rose 3.5% to $4.99 a gallon. Drivers were upset."))
        .containsExactly("Prices rose 3.5% to $4.99 a gallon.", "Drivers were upset.");
  }

  @Test
  void closingQuotesAndBracketsStayWithTheirSentence() {
    assertThat(SentenceSplitter.split("\"We will win.\" The crowd cheered. (It was late.) Then rain fell."))
        .containsExactly("\"We will win.\"", "The crowd cheered.", "(It was late.)", "Then rain fell.");
    assertThat(SentenceSplitter.split("“Why?” he asked. “Because.”"))
        .containsExactly("“Why?” he asked.", "“Because.”");
  }

  @Test
  void ellipsesSplitOnlyBeforeACapital() {
    assertThat(SentenceSplitter.split("He waited... and waited... Nothing happened."))
        .containsExactly("He waited... and waited...", "Nothing happened.");
  }

  @Test
  void headlineWithoutFinalPunctuationIsOneSentence() {
    assertThat(SentenceSplitter.split("Council Approves Budget With Modest Increase"))
        .containsExactly("Council Approves Budget With Modest Increase");
  }

  @Test
  void cjkFullStopsSplitWithoutSpaces() {
    assertThat(SentenceSplitter.split("今日は晴れです。明日は雨です。")).containsExactly("今日は晴れです。", "明日は雨です。");
  }

  @Test
  void emptyAndBlankTextHaveNoSentences() {
    assertThat(SentenceSplitter.split("")).isEmpty();
    assertThat(SentenceSplitter.split("   ")).isEmpty();
  }

  @Test
  void aLostFullStopBeforeAClauseOpenerIsASentenceEnd() {
    // a photo caption run into the story, as web pages often leave it
    assertThat(SentenceSplitter.split("Volunteers clear the flooded high street in Marlow The river rose two "
            + "metres overnight, and it is still rising."))
        .containsExactly("Volunteers clear the flooded high street in Marlow",
            "The river rose two metres overnight, and it is still rising.");
    assertThat(SentenceSplitter.split(
            "Scroll down for video A new survey shows that rents rose 8% In the north they rose most."))
        .containsExactly("Scroll down for video", "A new survey shows that rents rose 8%",
            "In the north they rose most.");
    // after a name, only "The" opens a sentence (other openers follow names in titles and team names)
    assertThat(SentenceSplitter.split(
            "Firefighters cleared the flats in central Leeds The fire started on the third floor."))
        .containsExactly("Firefighters cleared the flats in central Leeds",
            "The fire started on the third floor.");
  }

  @Test
  void titlesAndShortRunsAreNotRunInBoundaries() {
    for (String s : new String[] {
        "The report was published by The regional council on Monday.", // opener after a function word
        "She has just finished reading The Old Man and the Sea again.", // title-cased title
        "He starred in the film The hunters of the north years ago.", // after a word that introduces a title
        "Big crowds The council said nothing.", // fewer than four words before
        "Rail strikes and walkouts, The unions say, will go on.", // after punctuation
        "Fans cheered for Real Madrid The Spanish champions won.", // opener before a capitalised word
        "England A beat France A by ten points in the rain.", // a name ending in a capital letter
        "The ballots were put in envelope A and sealed.", // opener before a function word
        "The choir sang Wesley's And can it be at the service.", // after a capitalised word: a title
        "The band played It's Now or never again and again." // a title in sentence case
    }) {
      assertThat(SentenceSplitter.split(s)).as(s).containsExactly(s);
    }
  }

  @Test
  void europeanTitlesOrdinalsAndAbbreviationsDoNotSplit() {
    assertThat(SentenceSplitter.split("Am 3. Oktober sprach Dr. Weber im 2. Stock. Das war z. B. neu."))
        .containsExactly("Am 3. Oktober sprach Dr. Weber im 2. Stock.", "Das war z. B. neu.");
    assertThat(SentenceSplitter.split("Im 20. Jahrhundert galt Nr. 5 bzw. Abs. 2 der Ordnung. Heute nicht."))
        .containsExactly("Im 20. Jahrhundert galt Nr. 5 bzw. Abs. 2 der Ordnung.", "Heute nicht.");
    assertThat(SentenceSplitter.split("La Dra. Ruiz y la Sra. Gil firmaron en la pág. 4. Luego salieron."))
        .containsExactly("La Dra. Ruiz y la Sra. Gil firmaron en la pág. 4.", "Luego salieron.");
    assertThat(SentenceSplitter.split("Il dott. Neri e il sig. Galli sono arrivati. Poi hanno parlato."))
        .containsExactly("Il dott. Neri e il sig. Galli sono arrivati.", "Poi hanno parlato.");
    assertThat(SentenceSplitter.split("Mme. Roux a parlé. Elle est partie."))
        .containsExactly("Mme. Roux a parlé.", "Elle est partie.");
    // a number that ends a sentence still ends it, in any language
    assertThat(SentenceSplitter.split("The final score was 3. Fans left early. Es stand 2. Dann kam der Regen."))
        .containsExactly("The final score was 3.", "Fans left early.", "Es stand 2.", "Dann kam der Regen.");
  }
}
