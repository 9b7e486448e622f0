package org.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
  @Test
  void escapesControlAndBidiCharacters() {
    assertThat(TerminalText.safe("red \u001b[31mALERT\u001b[0m")).isEqualTo("red \\u001b[31mALERT\\u001b[0m");
    assertThat(TerminalText.safe("abc\u202Edef")).isEqualTo("abc\\u202edef");
    assertThat(TerminalText.line("two\nlines\r")).isEqualTo("two lines\\u000d");
    assertThat(TerminalText.safe("plain café")).isEqualTo("plain café");
  }
}
