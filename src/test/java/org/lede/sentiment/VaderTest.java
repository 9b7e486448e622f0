package org.lede.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Reference values are those printed by vaderSentiment 3.3.2 for the examples of its README. */
class VaderTest {
  private final Vader vader = Vader.plain();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "VADER is smart, handsome, and funny.|0.8316",
      "VADER is smart, handsome, and funny!|0.8439",
      "VADER is very smart, handsome, and funny.|0.8545",
      "VADER is VERY SMART, handsome, and FUNNY.|0.9227",
      "VADER is VERY SMART, handsome, and FUNNY!!!|0.9342",
      "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!|0.9469",
      "VADER is not smart, handsome, nor funny.|-0.7424",
      "The book was good.|0.4404",
      "At least it isn't a horrible book.|0.431",
      "The book was only kind of good.|0.3832",
      "The plot was good, but the characters are uncompelling and the dialog is not great.|-0.7042",
      "Today SUX!|-0.5461",
      "Today only kinda sux! But I'll get by, lol|0.5249",
      "Make sure you :) or :D today!|0.8633",
      "Not bad at all|0.431",
      "A really bad, horrible book.|-0.8211"})
  void matchesVader33Compound(String text, double expected) {
    assertThat(vader.score(text).compound()).isCloseTo(expected, within(0.00051));
  }

  @Test
  void proportionsMatchVader33() {
    SentimentScores s = vader.score("VADER is smart, handsome, and funny.");
    assertThat(s.positive()).isCloseTo(0.746, within(0.0006));
    assertThat(s.neutral()).isCloseTo(0.254, within(0.0006));
    assertThat(s.negative()).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void negationIsCaseInsensitive() {
    // the 2014 Java port matched negators case-sensitively and scored this positive
    assertThat(vader.score("Not good.").compound()).isLessThan(0);
    assertThat(vader.score("NOT good at all.").compound()).isLessThan(0);
  }

  @Test
  void capitalisedButStillContrasts() {
    double plain = vader.score("The food was good. the service was terrible").compound();
    double withBut = vader.score("The food was good But the service was terrible").compound();
    assertThat(withBut).isLessThan(plain);
  }

  @Test
  void repeatedWordsTakeTheirOwnContext() {
    // "good" appears twice; the second is negated, the first is not
    SentimentScores s = vader.score("The start was good and the end was not good");
    SentimentScores single = vader.score("The start was good");
    assertThat(s.compound()).isLessThan(single.compound());
    assertThat(s.negative()).isGreaterThan(0);
  }

  @Test
  void emptyAndNeutralText() {
    assertThat(vader.score("").compound()).isZero();
    assertThat(vader.score("The meeting is on Tuesday.").compound()).isZero();
    assertThat(vader.score("The meeting is on Tuesday.").neutral()).isEqualTo(1.0);
  }

  @Test
  void emojiAreScoredThroughTheirDescriptions() {
    assertThat(vader.score("Great news \uD83D\uDE00").compound()).isGreaterThan(vader.score("Great news").compound());
  }
}
