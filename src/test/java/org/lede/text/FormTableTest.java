package org.lede.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormTableTest {
  @Test
  void computesEachFormOnceAndFindsItBySpan() {
    List<String> made = new ArrayList<>();
    FormTable<String> t = new FormTable<>(100, f -> {
      made.add(f);
      return f.toUpperCase();
    });
    String text = "the cat saw the other cat";
    assertThat(t.get(text, 0, 3)).isEqualTo("THE");
    assertThat(t.get(text, 4, 7)).isEqualTo("CAT");
    assertThat(t.get(text, 12, 15)).isEqualTo("THE");
    assertThat(t.get(text, 22, 25)).isEqualTo("CAT");
    assertThat(t.get(new StringBuilder("ca"), 0, 2)).isEqualTo("CA"); // a prefix is another form
    assertThat(made).containsExactly("the", "cat", "ca");
    assertThat(t.size()).isEqualTo(3);
  }

  @Test
  void growsAndStaysBoundedByMaxForms() {
    FormTable<Integer> t = new FormTable<>(5_000, String::length);
    for (int i = 0; i < 12_000; i++) {
      String w = "w" + i;
      assertThat(t.get(w, 0, w.length())).isEqualTo(w.length());
      assertThat(t.size()).isLessThanOrEqualTo(5_000);
    }
    assertThat(t.size()).isEqualTo(2_000); // emptied at 5,000 and 10,000 forms
    for (int i = 11_990; i < 12_000; i++) { // the latest forms are found, not added again
      String w = "w" + i;
      assertThat(t.get(w, 0, w.length())).isEqualTo(w.length());
    }
    assertThat(t.size()).isEqualTo(2_000);
  }

  @Test
  void longFormsAreComputedButNotStored() {
    List<String> made = new ArrayList<>();
    FormTable<Integer> t = new FormTable<>(100, f -> {
      made.add(f);
      return f.length();
    });
    String giant = "x".repeat(FormTable.MAX_FORM_CHARS + 1);
    assertThat(t.get(giant, 0, giant.length())).isEqualTo(giant.length());
    assertThat(t.get(giant, 0, giant.length())).isEqualTo(giant.length());
    assertThat(made).hasSize(2);
    assertThat(t.size()).isZero();
    String longest = "y".repeat(FormTable.MAX_FORM_CHARS);
    t.get(longest, 0, longest.length());
    assertThat(t.size()).isEqualTo(1);
  }
}
