package org.lede.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.lede.analysis.ArticleAnalysis;
import org.lede.analysis.ArticleAnalyzer;
import org.lede.summary.Summarizer;
import org.junit.jupiter.api.Test;

/** Expected values are computed by hand from the counts (shown in each test) and the published formulas. */
class ReadabilityTest {
  private final ArticleAnalyzer analyzer = new ArticleAnalyzer(new org.lede.analysis.AnalysisContext(), Summarizer.Length.DEFAULT, true);

  private Readability.Scores scores(String paragraph) {
    return analyzer.analyze(null, List.of(paragraph), null).readability();
  }

  private TextCounts counts(String paragraph) {
    return analyzer.analyze(null, List.of(paragraph), null).counts();
  }

  // "The cat sat on the mat. The dog ran.": 2 sentences, 9 words, 9 syllables, 26 letters,
  // no polysyllables, no complex or unfamiliar words.
  private static final String EASY = "The cat sat on the mat. The dog ran.";
  // "Education is important. Beautiful gardens grow.": 2 sentences, 6 words, 14 syllables (4+1+3+3+2+1),
  // 40 letters, 3 polysyllables, 3 complex words, 1 unfamiliar word (education; gardens = garden + s).
  private static final String HARD = "Education is important. Beautiful gardens grow.";

  @Test
  void countsMatchHandCounts() {
    TextCounts e = counts(EASY);
    assertThat(new int[] {e.sentences, e.words, e.syllables, e.letters, e.polysyllables, e.complexWords,
        e.difficultWords}).containsExactly(2, 9, 9, 26, 0, 0, 0);
    TextCounts h = counts(HARD);
    assertThat(new int[] {h.sentences, h.words, h.syllables, h.letters, h.polysyllables, h.complexWords,
        h.difficultWords}).containsExactly(2, 6, 14, 40, 3, 3, 1);
  }

  @Test
  void fleschReadingEase() {
    // 206.835 - 1.015 * 9/2 - 84.6 * 9/9
    assertThat(scores(EASY).fleschReadingEase()).isCloseTo(117.6675, within(1e-9));
    // 206.835 - 1.015 * 6/2 - 84.6 * 14/6
    assertThat(scores(HARD).fleschReadingEase()).isCloseTo(6.39, within(1e-9));
  }

  @Test
  void fleschKincaidGrade() {
    assertThat(scores(EASY).fleschKincaidGrade()).isCloseTo(-2.035, within(1e-9));
    // 0.39 * 3 + 11.8 * 14/6 - 15.59
    assertThat(scores(HARD).fleschKincaidGrade()).isCloseTo(13.113333, within(1e-6));
  }

  @Test
  void gunningFog() {
    assertThat(scores(EASY).gunningFog()).isCloseTo(1.8, within(1e-9));
    // 0.4 * (3 + 100 * 3/6)
    assertThat(scores(HARD).gunningFog()).isCloseTo(21.2, within(1e-9));
  }

  @Test
  void smogUsesTheThirtySentenceNormalisation() {
    assertThat(scores(EASY).smogIndex()).isCloseTo(3.1291, within(1e-9));
    // 1.0430 * sqrt(3 * 30 / 2) + 3.1291
    assertThat(scores(HARD).smogIndex()).isCloseTo(10.125757, within(1e-6));
  }

  @Test
  void colemanLiau() {
    // 0.0588 * (100*26/9) - 0.296 * (100*2/9) - 15.8
    assertThat(scores(EASY).colemanLiauIndex()).isCloseTo(-5.391111, within(1e-6));
    assertThat(scores(HARD).colemanLiauIndex()).isCloseTo(13.533333, within(1e-6));
  }

  @Test
  void automatedReadabilityIndex() {
    // 4.71 * 26/9 + 0.5 * 9/2 - 21.43
    assertThat(scores(EASY).automatedReadabilityIndex()).isCloseTo(-5.573333, within(1e-6));
    assertThat(scores(HARD).automatedReadabilityIndex()).isCloseTo(11.47, within(1e-9));
  }

  @Test
  void newDaleChall() {
    // no unfamiliar words: 0.0496 * 4.5, no adjustment
    assertThat(scores(EASY).daleChallScore()).isCloseTo(0.2232, within(1e-9));
    // 0.1579 * 100/6 + 0.0496 * 3 + 3.6365 (over 5% unfamiliar)
    assertThat(scores(HARD).daleChallScore()).isCloseTo(6.416967, within(1e-6));
  }

  @Test
  void linsearWrite() {
    // easy words count 1, hard 3: 9/2 = 4.5 -> (4.5 - 2) / 2
    assertThat(scores(EASY).linsearWrite()).isCloseTo(1.25, within(1e-9));
    // (3+1+3+3+1+1)/2 = 6 -> (6 - 2) / 2
    assertThat(scores(HARD).linsearWrite()).isCloseTo(2.0, within(1e-9));
  }

  @Test
  void consensusGradeFromLongSentencesAndUnfamiliarWords() {
    // sentences of 4, 12, 6, 9 and 20 words: the longest quarter (rounded up) is 2 sentences, mean (20 + 12) / 2
    List<int[]> sentences = List.of(new int[4], new int[12], new int[6], new int[9], new int[20]);
    assertThat(Readability.longSentenceLength(sentences)).isEqualTo(16.0);
    // -13.37 + 5.93 ln 16 + 0.214 * 10 = 5.2114...
    assertThat(Readability.readingGrade(16.0, 10.0)).isCloseTo(-13.37 + 5.93 * Math.log(16) + 2.14, within(1e-9));
    // below grade 2 it is squeezed towards 0 but keeps the order
    double low = Readability.readingGrade(3, 0);
    double lower = Readability.readingGrade(2, 0);
    assertThat(low).isGreaterThan(lower).isLessThan(2.0);
    assertThat(lower).isPositive();
  }

  @Test
  void harderTextScoresHigherAndLevelsFollowTheGrade() {
    Readability.Scores easy = scores("The dog ran to the park. It was a warm day. The kids played with a red ball. "
        + "Then they all went home for lunch.");
    Readability.Scores hard = scores("The committee characterized prevailing labor-market conditions as gradually "
        + "rebalancing, although persistent services inflation, which remains inconsistent with the stated "
        + "objective, could necessitate maintaining the restrictive stance considerably longer than anticipated.");
    assertThat(easy.readingGrade()).isLessThan(6);
    assertThat(hard.readingGrade()).isGreaterThan(16);
    assertThat(easy.readingLevel()).isEqualTo("elementary");
    assertThat(Readability.level(hard.readingGrade())).isEqualTo(hard.readingLevel());
    assertThat(Readability.level(5.9)).isEqualTo("elementary");
    assertThat(Readability.level(6.0)).isEqualTo("middle_school");
    assertThat(Readability.level(12.9)).isEqualTo("high_school");
    assertThat(Readability.level(16.9)).isEqualTo("college");
    assertThat(Readability.level(17.0)).isEqualTo("graduate");
  }

  @Test
  void allCapsHeadlineWordsAreWordsNotAcronyms() {
    TextCounts c = counts("CITY COUNCIL APPROVES BUDGET");
    assertThat(c.sentences).isEqualTo(1);
    assertThat(c.words).isEqualTo(4);
    // city 2, council 2, approves 2, budget 2; spelled out as letters they would be 4 + 7 + 8 + 6
    assertThat(c.syllables).isEqualTo(8);
  }

  @Test
  void textWithoutSentencePunctuationIsOneSentence() {
    TextCounts c = counts("officials said the talks would continue next week");
    assertThat(c.sentences).isEqualTo(1);
    assertThat(c.words).isEqualTo(8);
  }

  @Test
  void emptyTextHasNullMetrics() {
    assertThat(Readability.score(new TextCounts(), List.of())).isEqualTo(Readability.Scores.EMPTY);
  }

  @Test
  void oneWordWithoutPunctuationIsOneSentence() {
    TextCounts c = counts("Hello");
    assertThat(c.sentences).isEqualTo(1);
    assertThat(c.words).isEqualTo(1);
    assertThat(scores("Hello").fleschReadingEase()).isNotNull();
  }

  @Test
  void numberOrUrlOnlyParagraphsAreScored() {
    assertThat(counts("2019").syllables).isEqualTo(4);
    assertThat(scores("https://example.org/news").fleschKincaidGrade()).isNotNull();
  }

  @Test
  void nonLatinParagraphHasNullMetricsAndAFlag() {
    ArticleAnalysis a = analyzer.analyze(null, List.of(
        "The council met on Tuesday and approved the plan for the new library.", "東京で大きな会議が開かれた。"), null);
    assertThat(a.paragraphs().get(1).readability()).isEqualTo(Readability.Scores.EMPTY);
    assertThat(a.paragraphs().get(1).sentiment()).isNull();
    assertThat(a.paragraphs().get(1).flags()).contains(ArticleAnalyzer.PARAGRAPH_NOT_ENGLISH);
    assertThat(a.paragraphs().get(0).readability().fleschReadingEase()).isNotNull();
  }

  @Test
  void daleChallFamiliarWordsIncludeRegularInflections() {
    assertThat(DaleChallList.size()).isGreaterThan(2900);
    assertThat(DaleChallList.isFamiliar("gardens")).isTrue();
    assertThat(DaleChallList.isFamiliar("stopped")).isTrue();
    assertThat(DaleChallList.isFamiliar("jurisdiction")).isFalse();
  }

  @Test
  void lixAndRixCountLongWordsInAnyLanguage() {
    // HARD: 6 words, 2 sentences; words of more than six letters: Education, important, Beautiful, gardens
    // (7 letters) = 4. LIX = 6/2 + 100*4/6 = 69.667; RIX = 4/2 = 2.0
    ArticleAnalysis hard = analyzer.analyze(null, List.of(HARD), null);
    assertThat(hard.counts().longWords).isEqualTo(4);
    assertThat(hard.lix()).isCloseTo(3.0 + 400.0 / 6, within(1e-9));
    assertThat(hard.rix()).isCloseTo(2.0, within(1e-9));
    // EASY has no word longer than six letters: LIX = 9/2 = 4.5, RIX = 0
    ArticleAnalysis easy = analyzer.analyze(null, List.of(EASY), null);
    assertThat(easy.lix()).isCloseTo(4.5, within(1e-9));
    assertThat(easy.rix()).isZero();
    // "Die Regierung beschloss gestern neue Gesetze. Sie gelten ab Montag.": 10 words, 2 sentences, long
    // words Regierung, beschloss, gestern, Gesetze = 4: LIX = 5 + 40 = 45, RIX = 2; the English formulas stay null
    ArticleAnalysis de = analyzer.analyze(null,
        List.of("Die Regierung beschloss gestern neue Gesetze. Sie gelten ab Montag."), "de");
    assertThat(de.lix()).isCloseTo(45.0, within(1e-9));
    assertThat(de.rix()).isCloseTo(2.0, within(1e-9));
    assertThat(de.readability().fleschReadingEase()).isNull();
    assertThat(de.paragraphs().get(0).lix()).isCloseTo(45.0, within(1e-9));
    ArticleAnalysis ja = analyzer.analyze(null, List.of("東京都は新しい計画を発表した。市民は歓迎している。"), "ja");
    assertThat(ja.lix()).isNull();
    assertThat(ja.rix(ja.paragraphs().get(0))).isNull();
    TextCounts none = new TextCounts();
    assertThat(Readability.lix(none)).isNull();
    assertThat(Readability.rix(none)).isNull();
  }
}
