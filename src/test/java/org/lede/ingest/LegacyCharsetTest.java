package org.lede.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text saved in a legacy charset without saying so is read in that charset (sentences written for lede). */
class LegacyCharsetTest {
  static final String THAI = "กรุงเทพมหานครเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำเมื่อวันเสาร์ที่ผ่านมา"
      + " ประชาชนจำนวนมากเดินทางมาร่วมงานตั้งแต่เช้า เจ้าหน้าที่กล่าวว่าสวนแห่งนี้จะเปิดให้บริการทุกวัน";
  static final String CHINESE = "市政府星期六在河边开放了一座新的公园，许多市民一早就来参观。官员说，公园每天开放，免费进入。";
  static final String TRADITIONAL = "市政府星期六在河邊開放了一座新的公園，市民一早就來參觀。";
  static final String JAPANESE = "市は土曜日、川沿いに新しい公園を開いた。朝から多くの市民が訪れ、公園は毎日無料で開放されるという。";
  static final String KOREAN = "시는 토요일에 강변에 새 공원을 열었다. 아침부터 많은 시민이 찾아왔다.";
  static final String RUSSIAN = "В субботу в городе открылся новый парк на берегу реки. Жители пришли с самого утра.";
  static final String GERMAN = "Die Bürger von Köln begrüßten die Änderung der Straßenbahn. Über tausend Menschen kamen.";
  static final String FRENCH = "Le café était très bon ce matin, dit-elle. « Où est la gare ? » demanda un touriste.";

  @ParameterizedTest
  @CsvSource({"THAI,TIS-620", "CHINESE,GB18030", "TRADITIONAL,Big5", "JAPANESE,Shift_JIS", "JAPANESE,EUC-JP",
      "KOREAN,EUC-KR", "RUSSIAN,windows-1251", "GERMAN,windows-1252", "FRENCH,windows-1252"})
  void undeclaredLegacyTextIsReadInItsCharset(String text, String charset) throws Exception {
    String s = (String) LegacyCharsetTest.class.getDeclaredField(text).get(null);
    byte[] bytes = ("Headline\n\n" + s + "\n").getBytes(Charset.forName(charset));
    Decoded d = Decoded.of(bytes);
    assertThat(d.text()).as(charset).contains(s);
    assertThat(d.flags()).containsExactly(Decoded.flag(Charset.forName(charset)));
  }

  @Test
  void utf8WithAFewDamagedBytesStaysUtf8() {
    byte[] good = ("Caf\u00e9 owners said the new rules were fair. " + THAI).getBytes(StandardCharsets.UTF_8);
    good[3] = (byte) 0xFF; // the first byte of the é
    Decoded d = Decoded.of(good);
    assertThat(d.flags()).containsExactly(Decoded.INVALID_UTF8);
    assertThat(d.text()).contains(THAI).contains("\uFFFD");
  }

  @Test
  void plainAsciiAndUtf8AreNotFlagged() {
    assertThat(Decoded.of("Plain text.".getBytes(StandardCharsets.US_ASCII)).flags()).isEmpty();
    assertThat(Decoded.of(JAPANESE.getBytes(StandardCharsets.UTF_8)).flags()).isEmpty();
  }

  @Test
  void aThaiPageSavedWithoutItsCharsetIsAnArticle() {
    String page = "<html><head><title>สวนใหม่ริมแม่น้ำ</title></head><body><ul class='menu'>"
        + "<li><a href='/a'>ข่าวการเมือง</a></li><li><a href='/b'>ข่าวกีฬา</a></li></ul>"
        + "<h1>สวนใหม่ริมแม่น้ำ</h1><div class='entry-content'><p>" + THAI + "</p><p>" + THAI + "</p></div>"
        + "</body></html>";
    List<ReadResult> r = Read.bytes("thai.html", page.getBytes(Charset.forName("TIS-620")));
    RawArticle a = Read.article(r.get(0));
    assertThat(a.title()).isEqualTo("สวนใหม่ริมแม่น้ำ");
    assertThat(a.paragraphs()).containsExactly(THAI, THAI);
    assertThat(a.flags()).contains("decoded_tis_620");
  }
}
