package org.lede.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;

/**
 * The legacy encoding of bytes that are not UTF-8 and declare no charset: Windows-1252 (Western European),
 * TIS-620 (Thai), Windows-1251 (Cyrillic), Shift_JIS and EUC-JP (Japanese), EUC-KR (Korean), GB18030 (Chinese,
 * simplified) or Big5 (Chinese, traditional).
 *
 * <p>Each candidate decodes a sample of the bytes strictly; a candidate that meets a byte sequence it does
 * not define is out. The others are scored by how their non-ASCII characters read: the share that are
 * letters (or the combining vowel and tone marks of Thai) of one script family, with the script's own
 * punctuation; times the share of non-ASCII characters that stand next to another for every candidate but
 * Windows-1252, and for Windows-1252 times one minus half that share (Western text has its accented letters
 * alone between ASCII ones; Cyrillic, Thai and CJK text runs long). Japanese is told from Chinese by its kana. The best score wins; ties go to the earlier candidate in the order
 * above, so Windows-1252 is kept for Western text, as before. Thai saved as TIS-620 was read as broken UTF-8
 * before (a page of replacement characters, rejected as having no words).
 */
final class LegacyCharset {
  private LegacyCharset() {}

  private static final String[] CANDIDATES = {
    "windows-1252", "TIS-620", "windows-1251", "Shift_JIS", "EUC-JP", "EUC-KR", "GB18030", "Big5"
  };

  /** Bytes sampled for the guess: enough text for any page, bounded for large files. */
  private static final int SAMPLE = 256 * 1024;

  private static final List<Charset> CHARSETS = new ArrayList<>();

  static {
    for (String name : CANDIDATES) {
      if (Charset.isSupported(name)) {
        CHARSETS.add(Charset.forName(name));
      }
    }
  }

  /** The most likely legacy charset of {@code b[off, off+len)}; Windows-1252 when nothing reads better. */
  static Charset guess(byte[] b, int off, int len) {
    int n = Math.min(len, SAMPLE);
    // a sample cut inside a multi-byte character must not rule a charset out: end it at an ASCII byte
    while (n < len && n > 0 && (b[off + n - 1] & 0x80) != 0) {
      n--;
    }
    Charset best = CHARSETS.get(0);
    double bestScore = -1;
    for (Charset cs : CHARSETS) {
      String text;
      try {
        text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, off, n)).toString();
      } catch (CharacterCodingException e) {
        continue;
      }
      double s = score(text, cs.name());
      if (s > bestScore) {
        best = cs;
        bestScore = s;
      }
    }
    return best;
  }

  /** Script families of non-ASCII letters. */
  private enum Family { LATIN, THAI, CYRILLIC, CJK, HANGUL, OTHER }

  private static Family family(int c) {
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return switch (s) {
      case LATIN -> Family.LATIN;
      case THAI -> Family.THAI;
      case CYRILLIC -> Family.CYRILLIC;
      case HAN, HIRAGANA, KATAKANA -> Family.CJK;
      case HANGUL -> Family.HANGUL;
      default -> Family.OTHER;
    };
  }

  /** How well a decoding reads, in [0, 1]: see the class comment. */
  static double score(String text, String charset) {
    int[] letters = new int[Family.values().length];
    int nonAscii = 0;
    int inRuns = 0;
    int kana = 0;
    int cjkMarks = 0;
    int quotes = 0;
    boolean prevNonAscii = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c < 0x80) {
        prevNonAscii = false;
        continue;
      }
      nonAscii++;
      if (prevNonAscii) {
        inRuns += 2;
      }
      prevNonAscii = true;
      if (c >= 0x3000 && c <= 0x303F || c >= 0xFF01 && c <= 0xFF5E) {
        cjkMarks++; // CJK punctuation and full-width forms
      } else if (c >= 0x2010 && c <= 0x2026) {
        quotes++; // dashes, curly quotes, the ellipsis: Windows-1252's 0x80-0x9F
      } else if (c >= 0xFF61 && c <= 0xFF9F) {
        continue; // half-width katakana: what Chinese bytes look like read as Shift_JIS, rare in real text
      } else if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        Family f = family(c);
        letters[f.ordinal()]++;
        if (f == Family.CJK && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
          kana++;
        }
      }
    }
    if (nonAscii == 0) {
      return 0;
    }
    int topFamily = 0;
    for (int f = 1; f < letters.length; f++) {
      topFamily = letters[f] > letters[topFamily] ? f : topFamily;
    }
    int top = letters[topFamily];
    boolean cjk = topFamily == Family.CJK.ordinal() || topFamily == Family.HANGUL.ordinal();
    double good = top + (cjk ? cjkMarks : 0) + (topFamily == Family.LATIN.ordinal() ? quotes : 0);
    double share = good / nonAscii;
    double runs = Math.min(1.0, (double) inRuns / nonAscii);
    // Western text has its accented letters alone between ASCII ones; every other script here runs long
    share *= charset.equals("windows-1252") ? 1 - runs / 2 : runs;
    if (topFamily == Family.CJK.ordinal()) {
      boolean japanese = charset.equals("Shift_JIS") || charset.equals("EUC-JP");
      boolean kanaText = kana * 10 >= top; // Japanese prose is a third or more kana, Chinese has none
      share *= japanese == kanaText ? 1.0 : 0.8;
    }
    return share;
  }
}
