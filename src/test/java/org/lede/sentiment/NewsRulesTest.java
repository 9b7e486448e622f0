package org.lede.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each news rule, on sentences written for the test: the news engine against plain VADER. */
class NewsRulesTest {
  private final Vader news = Vader.forNews();
  private final Vader plain = Vader.plain();

  @Test
  void newsSensesAreNotEvaluations() {
    String s = "Crude prices rose and the party filed charges in the grand jury case.";
    assertThat(plain.score(s).compound()).isNotZero();
    assertThat(news.score(s).compound()).isZero();
  }

  @Test
  void capitalisedWordsInsideASentenceArePartsOfNames() {
    String s = "The United Nations met with the Justice Department on Monday.";
    assertThat(plain.score(s).compound()).isGreaterThan(0.3);
    assertThat(news.score(s).compound()).isZero();
    // sentence-initial and ALL-CAPS words keep their valence
    assertThat(news.score("Great news for the town.").compound()).isPositive();
  }

  @Test
  void likeIsAPrepositionUnlessSomeoneLikes() {
    assertThat(news.score("It looked like a warehouse.").compound()).isZero();
    assertThat(news.score("We like the new plan.").compound()).isPositive();
  }

  @Test
  void moreNegators() {
    assertThat(plain.score("No one was hurt.").compound()).isNegative();
    assertThat(news.score("No one was hurt.").compound()).isPositive();
    assertThat(news.score("The ruling hardly inspires confidence.").compound()).isNegative();
  }

  @Test
  void newsWordsAndInflectionsAreScored() {
    assertThat(plain.score("Two deaths were reported after the bombing.").compound()).isZero();
    assertThat(news.score("Two deaths were reported after the bombing.").compound()).isNegative();
    assertThat(news.score("The bridges were crumbling.").compound()).isNegative();
  }

  @Test
  void remediesShiftHarmWords() {
    double harm = news.score("Pollution is rising in the city.").compound();
    double remedy = news.score("The plan will reduce pollution in the city.").compound();
    assertThat(harm).isNegative();
    assertThat(remedy).isGreaterThan(harm).isGreaterThanOrEqualTo(0);
  }

  @Test
  void positiveWordsInAQuestionCountHalf() {
    double statement = news.score("The team is smarter this year.").compound();
    double question = news.score("Is the team any smarter this year?").compound();
    assertThat(question).isPositive().isLessThan(statement);
  }

  @Test
  void adjustmentsLoadFromTheDocumentedFile() {
    assertThat(NewsRules.defaults().size()).isGreaterThan(100);
  }

  @Test
  void afinnRatesWordsTheVaderLexiconLacksAndNothingElse() {
    assertThat(plain.score("The additive is harmful.").compound()).isZero();
    assertThat(news.score("The additive is harmful.").compound()).isNegative();
    assertThat(news.score("The city made a deft move.").compound()).isPositive();
    // words VADER rates keep VADER's valence
    assertThat(news.score("The food was good.").compound())
        .isEqualTo(plain.score("The food was good.").compound());
  }

  @Test
  void idiomsWithANegatorNegateNothing() {
    String mind = "Never mind the embarrassing speech.";
    assertThat(plain.score(mind).compound()).isPositive();
    assertThat(news.score(mind).compound()).isNegative();
    String only = "The plan is not only good for the city.";
    assertThat(plain.score(only).compound()).isNegative();
    assertThat(news.score(only).compound()).isPositive();
    assertThat(plain.score("There is no doubt about the result.").compound()).isPositive();
    assertThat(news.score("There is no doubt about the result.").compound()).isZero();
    // "not" alone still negates
    assertThat(news.score("The plan is not good for the city.").compound()).isNegative();
  }

  @Test
  void despiteConcedesRatherThanDenies() {
    String s = "He stayed in office despite the scandal.";
    assertThat(plain.score(s).compound()).isPositive();
    assertThat(news.score(s).compound()).isNegative();
  }

  @Test
  void tooBeforeAWordIsExcessNotAlso() {
    assertThat(plain.score("The tickets cost too much.").compound()).isZero();
    assertThat(news.score("The tickets cost too much.").compound()).isNegative();
    assertThat(news.score("The mayor came to the meeting, too.").compound()).isZero();
    assertThat(news.score("The result is not too bad.").compound()).isPositive();
  }

  @Test
  void fewWithoutAnArticleNegatesLikeNot() {
    assertThat(plain.score("Few voters were happy with the plan.").compound()).isPositive();
    assertThat(news.score("Few voters were happy with the plan.").compound()).isNegative();
    assertThat(news.score("A few voters were happy with the plan.").compound()).isPositive();
  }

  @Test
  void aNegationThatNegatesNoRatedWordIsMildlyNegative() {
    String s = "The council has not published the figures since March.";
    assertThat(plain.score(s).compound()).isZero();
    assertThat(news.score(s).compound()).isBetween(-0.3, -0.05);
    assertThat(news.score("Nobody forces people to smoke cigarettes.").compound()).isLessThan(-0.05);
    // a rated word in reach is negated as usual, and the idioms that negate nothing stay neutral
    assertThat(news.score("The results were not bad at all.").compound()).isPositive();
    assertThat(news.score("The council met not only on Monday but on Tuesday.").compound()).isZero();
  }
}
