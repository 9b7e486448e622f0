package org.lede.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidatesTest {
  @Test
  void aBucketComparesEachMemberWithOneRepresentativeNotEveryPair() {
    long[] nodes = new long[10_000];
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = i;
    }
    int rep = Buckets.representative(42, nodes);
    int compared = 0;
    for (int i = 0; i < nodes.length; i++) {
      compared += Buckets.compared(nodes, rep, i) ? 1 : 0;
    }
    assertThat(compared).isEqualTo(9_999);
    assertThat(Buckets.compared(nodes, rep, rep)).isFalse();
    // the choice depends on the members, not their order, and another band picks another one
    long[] reversed = new long[nodes.length];
    for (int i = 0; i < nodes.length; i++) {
      reversed[i] = nodes[nodes.length - 1 - i];
    }
    assertThat(reversed[Buckets.representative(42, reversed)]).isEqualTo(nodes[rep]);
    assertThat(nodes[Buckets.representative(43, nodes)]).isNotEqualTo(nodes[rep]);
  }

  @Test
  void twoEarlierArticlesAreNeverCompared() {
    long[] nodes = {5, -3, -9};
    for (long band = 0; band < 50; band++) {
      int rep = Buckets.representative(band, nodes);
      for (int i = 0; i < nodes.length; i++) {
        boolean bothEarlier = nodes[i] < 0 && nodes[rep] < 0;
        assertThat(Buckets.compared(nodes, rep, i)).isEqualTo(i != rep && !bothEarlier);
      }
    }
  }

  @Test
  void pairsMetInSeveralBandsAreComparedOnceAndTwoEarlierArticlesMakeNone() {
    List<long[]> members = new ArrayList<>();
    for (long band = 0; band < 20; band++) { // the same three articles share all twenty bands
      members.add(new long[] {band, 5});
      members.add(new long[] {band, -3});
      members.add(new long[] {band, -9});
    }
    members.add(new long[] {99, 6}); // a bucket of one
    CandidatePairs t = CandidatePairs.ofMembers(members);
    Set<String> pairs = new HashSet<>();
    for (int p = 0; p < t.size(); p++) {
      assertThat(t.first(p)).isLessThan(t.second(p));
      pairs.add(t.first(p) + "," + t.second(p));
    }
    assertThat(pairs).hasSize(t.size()).containsExactlyInAnyOrder("-3,5", "-9,5");
    assertThat(t.pairsOf(5)).hasSize(2);
    assertThat(t.pairsOf(6)).isEmpty();
    for (int p : t.pairsOf(-3)) {
      assertThat(t.first(p) == -3 || t.second(p) == -3).isTrue();
    }
    long[] bucket = CandidatePairs.ofBucket(7, new long[] {1, 2, 3, 4});
    assertThat(bucket).hasSize(6);
  }

  @Test
  void theSketchNeverMissesARepeatedKeyAndRarelyInventsOne() {
    Random r = new Random(7);
    int keys = 50_000;
    int words = BandSketch.wordsFor(2L * keys);
    BandSketch[] parts = {BandSketch.part(words, 3, 0), BandSketch.part(words, 3, 1), BandSketch.part(words, 3, 2)};
    BandSketch inOnePart = new BandSketch(2L * keys);
    long[] once = new long[keys];
    long[] twice = new long[keys];
    for (int i = 0; i < keys; i++) {
      once[i] = r.nextLong();
      twice[i] = r.nextLong();
      for (long k : new long[] {once[i], twice[i], twice[i]}) {
        parts[BandSketch.partOf(k, words, 3)].add(k);
        inOnePart.add(k);
      }
    }
    BandSketch all = BandSketch.join(List.of(parts[2], parts[0], parts[1]));
    int falseRepeats = 0;
    for (int i = 0; i < keys; i++) {
      assertThat(all.mightRepeat(twice[i])).isTrue();
      assertThat(all.mightHaveSeen(once[i])).isTrue();
      falseRepeats += all.mightRepeat(once[i]) ? 1 : 0;
    }
    assertThat(falseRepeats).isLessThan(keys / 20);
    int unseen = 0;
    for (int i = 0; i < keys; i++) {
      long k = r.nextLong();
      unseen += all.mightHaveSeen(k) ? 0 : 1;
      // built in parts or in one, the sketch is the same
      assertThat(all.mightHaveSeen(k)).isEqualTo(inOnePart.mightHaveSeen(k));
      assertThat(all.mightRepeat(once[i])).isEqualTo(inOnePart.mightRepeat(once[i]));
    }
    assertThat(unseen).isGreaterThan(keys * 95 / 100);
  }

  @Test
  void aSketchsPartsTakeTheirOwnKeysOnlyAndJoinOnlyWhenTheyTileIt() {
    int words = BandSketch.wordsFor(1000);
    BandSketch first = BandSketch.part(words, 2, 0);
    BandSketch second = BandSketch.part(words, 2, 1);
    long other = new Random(3).longs().filter(k -> BandSketch.partOf(k, words, 2) == 1).findFirst().getAsLong();
    assertThatThrownBy(() -> first.add(other)).isInstanceOf(IllegalArgumentException.class);
    second.add(other);
    assertThat(BandSketch.join(List.of(first, second)).mightHaveSeen(other)).isTrue();
    assertThatThrownBy(() -> BandSketch.join(List.of(first))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BandSketch.join(List.of(first, first))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BandSketch.join(List.of(first, BandSketch.part(words * 2, 2, 1))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BandSketch.part(words, 2, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keysGroupedByPartGoEachToTheirOwnPart() {
    int words = BandSketch.wordsFor(1000);
    long[] keys = new Random(5).longs(100).toArray();
    long[][] byPart = BandSketch.byPart(List.of(Arrays.copyOf(keys, 60),
        Arrays.copyOfRange(keys, 60, 100)).iterator(), words, 3);
    int total = 0;
    for (int p = 0; p < 3; p++) {
      for (long k : byPart[p]) {
        assertThat(BandSketch.partOf(k, words, 3)).isEqualTo(p);
      }
      total += byPart[p].length;
    }
    assertThat(total).isEqualTo(keys.length);
    assertThat(Arrays.asList(BandSketch.byPart(List.<long[]>of().iterator(), words, 3))).containsOnlyNulls();
  }
}
