package org.lede.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.lede.text.Words;

class SummarizerTest {
  /** The body sentences in order through the summariser's own tokenisation. */
  static Summarizer.Result summarize(Summarizer s, List<String> sentences, String title) {
    Summarizer.Input input = new Summarizer.Input();
    sentences.forEach(input::add);
    return s.summarize(input, title);
  }

  private static final List<String> ARTICLE = List.of(
      "The city council approved a new budget for public libraries on Tuesday.",
      "The library budget adds Sunday hours at two branches.",
      "Council members debated the budget for three weeks.",
      "One member said the library plan relied on optimistic tax estimates.",
      "The weather on Tuesday was mild.",
      "The mayor is expected to sign the library budget this week.");

  @Test
  void returnsTheRequestedNumberOfSentencesInArticleOrder() {
    Summarizer.Result r = summarize(new Summarizer(new Summarizer.Length(3, 0, 0)), ARTICLE, "Council approves library budget");
    assertThat(r.selected()).hasSize(3).isSorted();
    assertThat(r.selected()).contains(0);
    assertThat(r.scores()).hasSize(ARTICLE.size());
  }

  @Test
  void digestsFollowTheLeadAndTheHeadline() {
    List<String> article = List.of(
        "Storm clouds gathered over the harbour on Monday morning.",
        "Fishermen tied their boats to the pier.",
        "The city opened a new public library with ten thousand books.",
        "Children lined up outside the library doors.",
        "Traffic was light across town.");
    Summarizer one = new Summarizer(new Summarizer.Length(1, 0, 0));
    Summarizer.Result plain = summarize(one, article, null);
    Summarizer.Result withHeadline = summarize(one, article, "City opens new public library");
    assertThat(plain.selected()).containsExactly(0);
    // the headline raises the sentence it matches and leaves the others alone
    assertThat(withHeadline.scores()[2]).isGreaterThan(plain.scores()[2]);
    assertThat(withHeadline.scores()[4]).isEqualTo(plain.scores()[4]);
  }

  @Test
  void aHeadlineGivenByStemIdsScoresAsTheSameHeadlineGivenAsText() {
    // stems with ids kept by the caller, as the analysis keeps them: the headline's words come as ids then
    Map<String, Integer> stemIds = new HashMap<>();
    ToIntFunction<String> idOf = stem -> stemIds.computeIfAbsent(stem, k -> stemIds.size());
    String headline = "City opens new public Library; MAYOR absent";
    Summarizer one = new Summarizer(new Summarizer.Length(1, 0, 0));
    Summarizer.Input asText = new Summarizer.Input(new TermIds(idOf));
    ARTICLE.forEach(asText::add);
    Summarizer.Result fromText = one.summarize(asText, headline);
    List<String> words = Words.of(headline);
    int[] headlineStems = new int[words.size()];
    for (int k = 0; k < words.size(); k++) {
      String term = Summarizer.term(words.get(k));
      headlineStems[k] = term == null ? -1 : idOf.applyAsInt(term); // "absent" is no word of the article
    }
    Summarizer.Input asIds = new Summarizer.Input(new TermIds(idOf));
    ARTICLE.forEach(asIds::add);
    Summarizer.Result fromIds = one.summarizeWithTitleStems(asIds, headlineStems);
    assertThat(fromIds.scores()).containsExactly(fromText.scores());
    assertThat(fromIds.selected()).containsExactly(fromText.selected());
    Summarizer.Input again = new Summarizer.Input(new TermIds(idOf));
    ARTICLE.forEach(again::add);
    Summarizer.Result none = one.summarizeWithTitleStems(again, null);
    assertThat(fromIds.scores()[1]).isGreaterThan(none.scores()[1]); // "library" and "public"
    assertThat(fromIds.scores()[4]).isEqualTo(none.scores()[4]); // the weather shares no headline word
  }

  @Test
  void extractsRankByCentralityNotPosition() {
    List<String> article = List.of(
        "Traffic was light across town on Monday.",
        "The city library opened its new reading room for children.",
        "Children filled the library reading room all afternoon.",
        "The library plans more reading events for children.",
        "Weather stayed mild.");
    Summarizer.Result r = summarize(new Summarizer(new Summarizer.Length(3, 0.4, 0)), article, null);
    assertThat(r.selected()).containsExactly(1, 2);
  }

  @Test
  void ratioWinsOverTheSentenceCount() {
    Summarizer.Result r = summarize(new Summarizer(new Summarizer.Length(3, 0.5, 0)), ARTICLE, null);
    assertThat(r.selected()).hasSize(3);
    r = summarize(new Summarizer(new Summarizer.Length(1, 0.7, 0)), ARTICLE, null);
    assertThat(r.selected()).hasSize(5); // ceil(0.7 * 6)
  }

  @Test
  void maxWordsCapsTheSummaryButKeepsTheBestSentence() {
    Summarizer.Result r = summarize(new Summarizer(new Summarizer.Length(3, 0, 12)), ARTICLE, null);
    int words = 0;
    for (int i : r.selected()) {
      words += ARTICLE.get(i).split(" ").length;
    }
    assertThat(words).isLessThanOrEqualTo(12);
    r = summarize(new Summarizer(new Summarizer.Length(3, 0, 2)), ARTICLE, null);
    assertThat(r.selected()).hasSize(1);
  }

  @Test
  void shortAndEmptyInputs() {
    Summarizer s = new Summarizer(Summarizer.Length.DEFAULT);
    assertThat(summarize(s, List.of("Only one sentence here."), "Title").selected()).containsExactly(0);
    assertThat(summarize(s, List.of(), "Title").selected()).isEmpty();
  }

  @Test
  void digestsLeaveOutQuestionsAndPageFurniture() {
    List<String> article = List.of(
        "Scroll down for video",
        "Think your commute is slow?",
        "Rail journeys in the region took 12 minutes longer on average this year, a transport survey found.",
        "The survey blamed signal failures on the main line for most of the delays.",
        "Operators said repairs to the signals would finish by March.",
        "Passengers groups welcomed the repairs but asked for refunds.");
    Summarizer.Result r = summarize(new Summarizer(Summarizer.Length.DEFAULT), article, null);
    assertThat(r.selected()).containsExactly(2, 3, 4);
    // a share of the article may keep a question, never the furniture
    Summarizer.Result extract = summarize(new Summarizer(new Summarizer.Length(3, 0.8, 0)), article, null);
    assertThat(extract.selected()).hasSize(5).contains(1).doesNotContain(0);
    // with nothing else left, a question is still a one-sentence article's summary
    assertThat(summarize(new Summarizer(Summarizer.Length.DEFAULT), List.of("Who pays for the bridge?"), null)
        .selected()).containsExactly(0);
  }

  @Test
  void aFeatureLedeLeavesTheLeadToTheStory() {
    List<String> story = List.of(
        "The county flood barrier failed on Monday, and river water flooded the town centre.",
        "Engineers said the flood barrier failed because the county skipped repairs.",
        "The county council approved emergency repairs to the flood barrier.",
        "Residents near the river were moved to a school while the water stayed high.",
        "The council will review why the barrier repairs were skipped.",
        "Shops in the town centre stayed shut as the flood water drained.",
        "The river level fell on Tuesday, the county said.",
        "Insurers sent assessors to the flooded town centre.",
        "The school will house residents until the barrier is repaired.",
        "Engineers expect the barrier repairs to take two weeks.");
    List<String> withFeatureLede = new ArrayList<>();
    withFeatureLede.add("Autumn mornings smell of woodsmoke and wet leaves.");
    withFeatureLede.addAll(story);
    Summarizer digest = new Summarizer(Summarizer.Length.DEFAULT);
    assertThat(summarize(digest, withFeatureLede, null).selected()).doesNotContain(0).contains(1);
    // a scene-setting opening of two sentences: the lead starts at the story
    List<String> twoSentenceLede = new ArrayList<>(withFeatureLede);
    twoSentenceLede.add(1, "Children kick through piles of gold and red.");
    assertThat(summarize(digest, twoSentenceLede, null).selected()).doesNotContain(0, 1).contains(2);
    // an opening that belongs to the story keeps the lead
    assertThat(summarize(digest, story, null).selected()).contains(0);
    // sentences that share no word have equal ranks: the opening keeps the lead
    String[] nouns = {"Apples", "Bridges", "Castles", "Dolphins", "Engines", "Forests", "Glaciers", "Harbours",
        "Islands", "Jungles", "Kettles", "Lanterns"};
    String[] verbs = {"ripened", "swayed", "crumbled", "dived", "roared", "burned", "melted", "froze",
        "flooded", "grew", "whistled", "flickered"};
    List<String> unrelated = new ArrayList<>();
    for (int i = 0; i < nouns.length; i++) {
      unrelated.add(nouns[i] + " " + verbs[i] + ".");
    }
    assertThat(summarize(digest, unrelated, null).selected()).containsExactly(0, 1, 2);
    // too short an article to judge: the opening keeps the lead
    assertThat(summarize(digest, withFeatureLede.subList(0, 6), null).selected()).contains(0);
  }

  @Test
  void sentenceKinds() {
    assertThat(SentenceKind.of("Is it over?")).isEqualTo(SentenceKind.QUESTION);
    assertThat(SentenceKind.of("He asked: 'Is it over?'")).isEqualTo(SentenceKind.QUESTION);
    assertThat(SentenceKind.of("Click here to read the report.")).isEqualTo(SentenceKind.FURNITURE);
    assertThat(SentenceKind.of("Clicking here would be odd.")).isEqualTo(SentenceKind.STATEMENT);
    assertThat(SentenceKind.of("Why it matters is clear.")).isEqualTo(SentenceKind.STATEMENT);
  }

  @Test
  void doesNotRepeatItself() {
    List<String> dup = new ArrayList<>(ARTICLE);
    dup.add(1, ARTICLE.get(0));
    Summarizer.Result r = summarize(new Summarizer(new Summarizer.Length(2, 0, 0)), dup, null);
    assertThat(r.selected()).doesNotContain(1).contains(0);
  }

  @Test
  void handlesFiveThousandSentences() {
    String[] topics = {"budget", "school", "river", "bridge", "election", "harvest", "museum", "transit", "housing",
        "hospital", "library", "stadium", "festival"};
    String[] actors = {"council", "mayor", "residents", "engineers", "teachers", "farmers", "voters"};
    String[] verbs = {"debated", "praised", "questioned", "funded", "delayed", "approved", "studied"};
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      many.add("The " + actors[i % 7] + " " + verbs[(i / 7) % 7] + " the " + topics[i % 13] + " plan near the "
          + topics[(i / 13) % 13] + ".");
    }
    Summarizer.Result r = summarize(new Summarizer(Summarizer.Length.DEFAULT), many, null);
    assertThat(r.selected()).hasSize(3);
    assertThat(r.scores()).hasSize(5000);
    Summarizer.Result ratio = summarize(new Summarizer(new Summarizer.Length(3, 0.1, 0)), many, null);
    assertThat(ratio.selected().length).isBetween(1, 500);
  }

  @Test
  void sentencesAreBagsOfWords() {
    // words repeated within a sentence count as often as they occur, whatever order their ids came in
    List<String> article = List.of(
        "Harbour harbour flood warnings reached the harbour town.",
        "Flood water covered the harbour road and the harbour wall.",
        "The flood closed schools across the county.",
        "Volunteers filled sandbags near the harbour.",
        "The flood warning stays in place until Friday.");
    List<String> reversed = new ArrayList<>();
    for (String s : article) {
      List<String> words = new ArrayList<>(List.of(s.substring(0, s.length() - 1).split(" ")));
      java.util.Collections.reverse(words);
      reversed.add(String.join(" ", words) + ".");
    }
    Summarizer two = new Summarizer(new Summarizer.Length(2, 0, 0));
    Summarizer.Result a = summarize(two, article, "Harbour flood warnings");
    Summarizer.Result b = summarize(two, reversed, "Harbour flood warnings");
    for (int i = 0; i < article.size(); i++) {
      assertThat(b.scores()[i]).as("sentence %d", i).isCloseTo(a.scores()[i], org.assertj.core.data.Offset.offset(1e-9));
    }
    assertThat(b.selected()).containsExactly(a.selected());
  }
}
