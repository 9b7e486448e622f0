package org.lede.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphsTest {
  @Test
  void blankLinesSeparateParagraphsAndWrappedLinesJoin() {
    assertThat(Paragraphs.split("First line\nwraps here.\n\n\nSecond one.\n"))
        .containsExactly("First line wraps here.", "Second one.");
  }

  @Test
  void withoutBlankLinesEveryLineIsAParagraph() {
    assertThat(Paragraphs.split("One.\nTwo.\nThree.\n\n")).containsExactly("One.", "Two.", "Three.");
  }

  @Test
  void windowsAndOldMacLineEndings() {
    assertThat(Paragraphs.split("A.\r\n\r\nB.\r\n")).containsExactly("A.", "B.");
    assertThat(Paragraphs.split("A.\rB.\r")).containsExactly("A.", "B.");
  }

  @Test
  void trimsNoBreakSpacesAndByteOrderMarks() {
    assertThat(Paragraphs.split("\uFEFF\u00A0Text here.\u00A0")).containsExactly("Text here.");
  }
}
