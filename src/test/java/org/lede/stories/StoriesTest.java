package org.lede.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoriesTest {
  private static int[] sample(List<String> paragraphs) {
    return Fingerprint.of(paragraphs).own(h -> false, 0.25);
  }

  private static boolean copies(List<String> a, List<String> b) {
    return CopyTest.isCopy(sample(a), sample(b));
  }

  /** Whether two articles share a band key: a candidate pair (keys of any two bands may meet: they are salted). */
  private static boolean shareBand(List<String> a, List<String> b) {
    java.util.Set<Long> x = new java.util.HashSet<>();
    for (long k : MinHash.withPrefixes(sample(a))) {
      x.add(k);
    }
    for (long k : MinHash.withPrefixes(sample(b))) {
      if (x.contains(k)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aCutForSpaceJoinsItsStoryWhateverItsLength() {
    for (long seed = 1; seed <= 30; seed++) {
      List<String> original = StoryTexts.article(seed, 9 + (int) (seed % 6));
      for (double share : new double[] {0.15, 1 / 3.0, 0.5, 2 / 3.0}) {
        List<String> cut = StoryTexts.cut(original, share);
        assertThat(copies(original, cut)).as("seed %d, %.2f", seed, share).isTrue();
        assertThat(shareBand(original, cut)).as("seed %d, %.2f: a candidate", seed, share).isTrue();
        // the whole text's bands alone miss the short cuts: the opening's are what finds them
        if (share < 0.2) {
          long[] whole = MinHash.bands(sample(original));
          long[] part = MinHash.bands(sample(cut));
          assertThat(java.util.stream.IntStream.range(0, whole.length).filter(i -> whole[i] == part[i]).count())
              .as("seed %d", seed).isLessThanOrEqualTo(whole.length / 2);
        }
      }
    }
  }

  @Test
  void twoBriefsOpeningWithOneStandardIntroductionAreTwoStories() {
    Random r = new Random(9);
    String introduction = StoryTexts.sentence(r) + " " + StoryTexts.sentence(r);
    for (long seed = 1; seed <= 30; seed++) {
      Random own = new Random(seed);
      List<String> a = List.of(introduction, String.join(" ", StoryTexts.sentence(own), StoryTexts.sentence(own),
          StoryTexts.sentence(own)));
      List<String> b = List.of(introduction, String.join(" ", StoryTexts.sentence(own), StoryTexts.sentence(own),
          StoryTexts.sentence(own)));
      assertThat(copies(a, b)).as("seed %d", seed).isFalse();
    }
  }

  @Test
  void everyKindOfCopyIsACopyAndSharesABand() {
    for (long seed = 1; seed <= 30; seed++) {
      List<String> original = StoryTexts.article(seed, 3 + (int) (seed % 8));
      List<List<String>> kinds = List.of(
          new ArrayList<>(original),
          StoryTexts.cut(original, 0.5),
          StoryTexts.framed(original, seed + 100),
          StoryTexts.edited(original, 20, seed + 200),
          StoryTexts.edited(StoryTexts.framed(StoryTexts.cut(original, 0.75), seed + 300), 20, seed + 400));
      for (List<String> copy : kinds) {
        assertThat(copies(original, copy)).as("seed %d: %s", seed, copy).isTrue();
        assertThat(shareBand(original, copy)).as("seed %d", seed).isTrue();
      }
    }
  }

  @Test
  void articlesSharingAQuoteOrAFirstSentenceAreNotCopies() {
    Random r = new Random(5);
    String quote = StoryTexts.sentence(r) + " " + StoryTexts.sentence(r);
    String release = StoryTexts.sentence(r);
    for (long seed = 1; seed <= 30; seed++) {
      List<String> a = StoryTexts.article(seed, 6);
      List<String> b = StoryTexts.article(seed + 1000, 6);
      a.set(0, release + " " + a.get(0));
      b.set(0, release + " " + b.get(0));
      a.add(2, "\"" + quote + "\"");
      b.add(4, "\"" + quote + "\"");
      assertThat(copies(a, b)).as("seed %d", seed).isFalse();
    }
  }

  @Test
  void unrelatedArticlesRarelyShareABand() {
    int shared = 0;
    for (long seed = 1; seed <= 200; seed++) {
      if (shareBand(StoryTexts.article(seed, 6), StoryTexts.article(seed + 5000, 6))) {
        shared++;
      }
    }
    assertThat(shared).isLessThan(5);
  }

  @Test
  void theHeadlineIsNotPartOfTheFingerprintButCaseAndPunctuationAreIgnored() {
    List<String> a = List.of("Council votes to close the old library on Friday, officials said.");
    List<String> b = List.of("COUNCIL votes to close the old library -- on Friday; officials said");
    assertThat(sample(a)).isEqualTo(sample(b));
    assertThat(Fingerprint.of(a).paragraphHashes()).isEqualTo(Fingerprint.of(b).paragraphHashes());
    assertThat(Fingerprint.of(List.of("Too short")).values()).isEmpty();
    assertThat(MinHash.bands(new int[0])).isEmpty();
  }

  @Test
  void wordHashesAreTheFnvHashesOfTheLowerCasedWordsInOrder() {
    String text = "  Déjà-VU, 42 times!\u00A0İstanbul's x";
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (char c : (text + " ").toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        w.append(Character.toLowerCase(c));
      } else if (w.length() > 0) {
        words.add(w.toString());
        w.setLength(0);
      }
    }
    assertThat(words).containsExactly("déjà", "vu", "42", "times", "istanbul", "s", "x");
    long[] expected = new long[words.size()];
    for (int i = 0; i < expected.length; i++) {
      long h = 0xcbf29ce484222325L;
      for (char c : words.get(i).toCharArray()) {
        h = (h ^ c) * 0x100000001b3L;
      }
      expected[i] = h;
    }
    assertThat(wordHashes(text, text.length())).containsExactly(expected);
    for (int split = 0; split <= text.length(); split++) { // a word cut by a buffer's end is carried over
      assertThat(wordHashes(text, split)).as("split at %d", split).containsExactly(expected);
    }
    assertThat(wordHashes("", 0)).isEmpty();
    assertThat(wordHashes(" -- ", 2)).isEmpty();
  }

  /** The word hashes of {@code text} from two calls, split at {@code split}. */
  private static long[] wordHashes(String text, int split) {
    long[] out = new long[text.length() + 2];
    long[] carried = {Fingerprint.FNV_BASIS, 0};
    int k = Fingerprint.wordHashes(text, 0, split, split == text.length(), out, carried);
    long[] first = Arrays.copyOf(out, k);
    int m = split == text.length() ? 0 : Fingerprint.wordHashes(text, split, text.length(), true, out, carried);
    long[] all = Arrays.copyOf(first, k + m);
    System.arraycopy(out, 0, all, k, m);
    return all;
  }

  @Test
  void repeatedParagraphsAreLeftOutUnlessTheyAreMostOfTheText() {
    List<String> footer = StoryTexts.article(99, 5); // a long footer that many articles of a site carry
    List<String> a = new ArrayList<>(StoryTexts.article(1, 3));
    List<String> b = new ArrayList<>(StoryTexts.article(2, 3));
    a.addAll(footer);
    b.addAll(footer);
    assertThat(copies(a, b)).isTrue(); // compared on everything, the footer makes them look alike
    long[] repeated = Arrays.stream(Fingerprint.of(footer).paragraphHashes()).sorted().toArray();
    Fingerprint fa = Fingerprint.of(a);
    Fingerprint fb = Fingerprint.of(b);
    int[] ownA = fa.own(h -> Arrays.binarySearch(repeated, h) >= 0, 0.25);
    int[] ownB = fb.own(h -> Arrays.binarySearch(repeated, h) >= 0, 0.25);
    assertThat(CopyTest.isCopy(ownA, ownB)).isFalse();
    assertThat(ownA.length).isLessThan(sample(a).length);
    // an article that is nothing but much-copied text keeps all of it
    assertThat(Fingerprint.of(footer).own(h -> true, 0.25)).isEqualTo(sample(footer));
  }

  @Test
  void bandsAndTheCopyTestDependOnTheSampleAsASetNotItsOrder() {
    int[] sample = sample(StoryTexts.article(3, 4));
    int[] shuffled = Arrays.copyOf(sample, sample.length + 3);
    System.arraycopy(sample, 0, shuffled, sample.length, 3); // three values twice
    Random r = new Random(11);
    for (int i = shuffled.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = shuffled[i];
      shuffled[i] = shuffled[j];
      shuffled[j] = t;
    }
    assertThat(MinHash.bands(shuffled)).isEqualTo(MinHash.bands(sample)).hasSize(MinHash.BANDS);
    assertThat(CopyTest.isCopy(shuffled, sample)).isTrue();
    // a text of a few shingles fills every bin from the values it has
    assertThat(MinHash.bands(new int[] {42})).hasSize(MinHash.BANDS).doesNotHaveDuplicates();
    assertThat(Packed.unpackLongs(Packed.packLongs(MinHash.bands(sample)))).isEqualTo(MinHash.bands(sample));
  }

  @Test
  void componentsTakeTheEarliestMembersStoryWhateverTheOrderOfThePairs() {
    for (int order = 0; order < 2; order++) {
      StoryGroups g = new StoryGroups();
      g.node(1, "1|2026-05-02|b", "b");
      g.node(2, "1|2026-05-01|a", "a");
      g.node(3, "1|2026-05-03|c", "c");
      g.node(4, "1|2026-05-01|x", "x");
      g.node(-1, "0|2026-04-30|s", "s-earlier");
      g.node(5, "1|2026-05-04|y", "y");
      if (order == 0) {
        g.link(1, 2);
        g.link(3, 1);
      } else {
        g.link(3, 1);
        g.link(2, 1);
      }
      g.link(5, -1);
      assertThat(g.stories()).containsEntry(1L, "a").containsEntry(2L, "a").containsEntry(3L, "a")
          .containsEntry(4L, "x").containsEntry(5L, "s-earlier");
      assertThat(g.largest()).isEqualTo(3);
    }
  }
}
