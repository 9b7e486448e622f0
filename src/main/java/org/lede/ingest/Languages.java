package org.lede.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A record's declared language as an ISO 639-1 code: {@code en}, {@code en-US}, {@code en_GB}, {@code eng}
 * and {@code English} all give {@code en}. Anything else gives null, and the language is guessed from the
 * text as for records that declare none.
 */
public final class Languages {
  private Languages() {}

  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("english", "en"), Map.entry("spanish", "es"), Map.entry("french", "fr"), Map.entry("german", "de"),
      Map.entry("portuguese", "pt"), Map.entry("italian", "it"), Map.entry("dutch", "nl"), Map.entry("russian", "ru"),
      Map.entry("chinese", "zh"), Map.entry("japanese", "ja"), Map.entry("korean", "ko"), Map.entry("arabic", "ar"),
      Map.entry("hebrew", "he"), Map.entry("greek", "el"), Map.entry("thai", "th"), Map.entry("hindi", "hi"),
      Map.entry("turkish", "tr"), Map.entry("polish", "pl"), Map.entry("swedish", "sv"), Map.entry("ukrainian", "uk"),
      Map.entry("indonesian", "id"), Map.entry("vietnamese", "vi"), Map.entry("czech", "cs"), Map.entry("danish", "da"),
      Map.entry("finnish", "fi"), Map.entry("norwegian", "no"), Map.entry("romanian", "ro"),
      Map.entry("hungarian", "hu"), Map.entry("persian", "fa"), Map.entry("urdu", "ur"), Map.entry("bengali", "bn"));

  private static final Map<String, String> THREE_LETTER = Map.ofEntries(
      Map.entry("eng", "en"), Map.entry("spa", "es"), Map.entry("fra", "fr"), Map.entry("fre", "fr"),
      Map.entry("deu", "de"), Map.entry("ger", "de"), Map.entry("por", "pt"), Map.entry("ita", "it"),
      Map.entry("nld", "nl"), Map.entry("dut", "nl"), Map.entry("rus", "ru"), Map.entry("zho", "zh"),
      Map.entry("chi", "zh"), Map.entry("jpn", "ja"), Map.entry("kor", "ko"), Map.entry("ara", "ar"),
      Map.entry("heb", "he"), Map.entry("ell", "el"), Map.entry("gre", "el"), Map.entry("tha", "th"),
      Map.entry("hin", "hi"), Map.entry("tur", "tr"), Map.entry("pol", "pl"), Map.entry("swe", "sv"),
      Map.entry("ukr", "uk"));

  private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

  /** The ISO 639-1 code of a declared language, or null when the text does not name one. */
  public static String iso639(String declared) {
    if (declared == null) {
      return null;
    }
    String t = declared.strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty() || t.length() > 40) {
      return null;
    }
    String named = NAMES.get(t);
    if (named != null) {
      return named;
    }
    int cut = 0;
    while (cut < t.length() && t.charAt(cut) >= 'a' && t.charAt(cut) <= 'z') {
      cut++;
    }
    if (cut < t.length() && t.charAt(cut) != '-' && t.charAt(cut) != '_') {
      return null;
    }
    String primary = t.substring(0, cut);
    if (primary.length() == 2) {
      return primary.equals("iw") ? "he" : ISO_639_1.contains(primary) ? primary : null;
    }
    return primary.length() == 3 ? THREE_LETTER.get(primary) : null;
  }
}
