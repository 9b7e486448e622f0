package org.lede.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelLabelsTest {
  @Test
  void labelAndConfidenceAsViveknWritesThem() {
    SentimentScores s = ModelLabels.score(List.of("negative"), List.of(Map.of("confidence", "0.8")));
    assertThat(s.compound()).isCloseTo(-0.6, within(1e-9));
    assertThat(s.negative()).isCloseTo(0.8, within(1e-9));
    assertThat(s.positive()).isCloseTo(0.2, within(1e-9));
    assertThat(s.neutral()).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void classProbabilitiesAsClassifierDlWritesThem() {
    SentimentScores s = ModelLabels.score(List.of("neutral"),
        List.of(Map.of("positive", "0.2", "negative", "0.1", "neutral", "0.7")));
    assertThat(s.compound()).isCloseTo(0.1, within(1e-9));
    assertThat(s.neutral()).isCloseTo(0.7, within(1e-9));
  }

  @Test
  void averagesSentencesAndIgnoresUnknownLabels() {
    SentimentScores s = ModelLabels.score(List.of("positive", "na"), List.of(Map.of(), Map.of()));
    assertThat(s.compound()).isCloseTo(0.5, within(1e-9));
    assertThat(ModelLabels.score(List.of(), List.of())).isNull();
    assertThat(ModelLabels.polarity("POS")).isEqualTo(1);
    assertThat(ModelLabels.polarity("whatever")).isZero();
  }
}
