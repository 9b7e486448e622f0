package org.lede.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidatesTest {
  @Test
  void aBucketPairsEachMemberWithOneRepresentativeNotEveryPair() {
    long[] members = new long[10_000];
    for (int i = 0; i < members.length; i++) {
      members[i] = i;
    }
    long[] pairs = CandidatePairs.ofBucket(42, members);
    assertThat(pairs).hasSize(2 * 9_999);
    Set<Long> nodes = new HashSet<>();
    long rep = -1;
    for (int p = 0; p < pairs.length; p += 2) {
      assertThat(pairs[p]).isLessThan(pairs[p + 1]);
      nodes.add(pairs[p]);
      nodes.add(pairs[p + 1]);
    }
    assertThat(nodes).hasSize(10_000);
    // the representative is in every pair, and another band picks another one
    for (long n : new long[] {pairs[0], pairs[1]}) {
      boolean inAll = true;
      for (int p = 0; p < pairs.length; p += 2) {
        inAll &= pairs[p] == n || pairs[p + 1] == n;
      }
      if (inAll) {
        rep = n;
      }
    }
    assertThat(rep).isGreaterThanOrEqualTo(0);
    long[] other = CandidatePairs.ofBucket(43, members);
    assertThat(other[0] == rep || other[1] == rep).as("representative of band 43").isFalse();
    assertThat(CandidatePairs.ofBucket(1, new long[] {7})).isEmpty();
  }

  @Test
  void twoEarlierArticlesMakeNoPairAndRepeatsAcrossBandsAreDropped() {
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
      assertThat(t.first(p) < 0 && t.second(p) < 0).isFalse();
      pairs.add(t.first(p) + "," + t.second(p));
    }
    assertThat(pairs).hasSize(t.size()).isSubsetOf("-3,5", "-9,5", "-9,-3");
    assertThat(pairs).contains("-3,5", "-9,5");
    assertThat(t.pairsOf(5)).hasSize(2);
    assertThat(t.pairsOf(6)).isEmpty();
    for (int p : t.pairsOf(-3)) {
      assertThat(t.first(p) == -3 || t.second(p) == -3).isTrue();
    }
  }

  @Test
  void theSketchNeverMissesARepeatedKeyAndRarelyInventsOne() {
    Random r = new Random(7);
    int keys = 50_000;
    BandSketch[] parts = {new BandSketch(2L * keys), new BandSketch(2L * keys), new BandSketch(2L * keys)};
    long[] once = new long[keys];
    long[] twice = new long[keys];
    for (int i = 0; i < keys; i++) {
      once[i] = r.nextLong();
      twice[i] = r.nextLong();
      parts[i % 3].add(once[i]);
      parts[i % 3].add(twice[i]);
      parts[(i + i / 3) % 3].add(twice[i]); // the second time in the same part or in another one
    }
    BandSketch all = parts[0].merge(parts[1]).merge(parts[2]);
    int falseRepeats = 0;
    for (int i = 0; i < keys; i++) {
      assertThat(all.mightRepeat(twice[i])).isTrue();
      assertThat(all.mightHaveSeen(once[i])).isTrue();
      falseRepeats += all.mightRepeat(once[i]) ? 1 : 0;
    }
    assertThat(falseRepeats).isLessThan(keys / 20);
    int unseen = 0;
    for (int i = 0; i < keys; i++) {
      unseen += all.mightHaveSeen(r.nextLong()) ? 0 : 1;
    }
    assertThat(unseen).isGreaterThan(keys * 95 / 100);
    assertThatThrownBy(() -> all.merge(new BandSketch(10))).isInstanceOf(IllegalArgumentException.class);
  }
}
