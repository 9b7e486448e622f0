package org.lede.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The tokenizer's words are {@link Words}' words, and its keys are {@link FormKey}'s. */
class TokenizerTest {
  static List<String> spans(String s) {
    SentenceTokens t = Tokenizer.tokenize(s, new SentenceTokens());
    List<String> out = new ArrayList<>();
    for (int k = 0; k < t.words(); k++) {
      out.add(t.wordStart(k) + "-" + t.wordEnd(k));
    }
    return out;
  }

  static List<String> ruleSpans(String s) {
    List<String> out = new ArrayList<>();
    Words.forEach(s, 0, s.length(), (a, b) -> out.add(a + "-" + b));
    return out;
  }

  @Property(tries = 2000)
  void theTokenizersWordsAreTheRulesWords(
      @ForAll @StringLength(max = 40) @Chars({'a', 'B', 'z', '1', '9', ' ', '\'', '\u2019', '-', '\u2010', '.', ',',
          '@', ':', '/', 'h', 't', 'p', 's', 'w', '!', '?', '\u00e9', '\u00c9', '\u6771', '\u0301', '\u00a0',
          '"', '\t'}) String s) {
    assertThat(spans(s)).as(s).isEqualTo(ruleSpans(s));
  }

  @Property(tries = 500)
  void anyTextGivesTheRulesWords(@ForAll @StringLength(max = 60) String s) {
    assertThat(spans(s)).as(s).isEqualTo(ruleSpans(s));
  }

  @Test
  void hardCasesAgreeAndKeysAreFormKeys() {
    for (String s : List.of("Don\u2019t stop the well-known U.S. band's tour.", "It cost $4.99, or 1,000 yen.",
        "See https://example.org/a?x=1, or mail desk@example.org.", "a@b @c d@ 1,2,3 1,a x.-y", "www.x.org wwwx")) {
      assertThat(spans(s)).as(s).isEqualTo(ruleSpans(s));
    }
    SentenceTokens t = Tokenizer.tokenize("Budget ABSOLUTELY internationalisation", new SentenceTokens());
    long[] budget = FormKey.of("budget");
    assertThat(t.wordKeyed(0)).isTrue();
    assertThat(new long[] {t.wordKey0(0), t.wordKey1(0)}).isEqualTo(budget);
    assertThat(t.wordHash(0)).isEqualTo(FormKey.hash(budget[0], budget[1], 6));
    assertThat(t.wordKeyed(1)).isTrue();
    assertThat(t.wordKey0(1)).isEqualTo(FormKey.of("absolute")[0]);
    assertThat(t.wordKeyed(2)).isFalse(); // 20 characters: longer than a key holds
    assertThat(t.wordCase(0)).isEqualTo(SentenceTokens.CAPITALISED);
    assertThat(t.wordCase(1)).isEqualTo(SentenceTokens.OTHER);
  }
}
