package org.lede.readability;

/**
 * Each language's own readability formulas, as their authors published them, over counts made with that
 * language's syllables ({@link LanguageSyllables}). ASL is words per sentence, ASW syllables per word.
 * Every method returns null for a text without words or sentences.
 */
public final class LanguageReadability {
  private LanguageReadability() {}

  /** The counts a formula needs, for one text in one language. */
  public record Counts(int sentences, int words, int syllables, int letters, int longWords, int polysyllables,
      int monosyllables) {
    double asl() {
      return (double) words / sentences;
    }

    double asw() {
      return (double) syllables / words;
    }

    boolean empty() {
      return words == 0 || sentences == 0;
    }

    /** These counts and {@code o}'s: a text made of both. */
    public Counts plus(Counts o) {
      return new Counts(sentences + o.sentences, words + o.words, syllables + o.syllables, letters + o.letters,
          longWords + o.longWords, polysyllables + o.polysyllables, monosyllables + o.monosyllables);
    }
  }

  public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

  /** The language's adaptation of Flesch's Reading Ease (0-100, higher easier), and its name; null when none. */
  public record Ease(String formula, Double score) {
    public static final Ease NONE = new Ease(null, null);
  }

  /**
   * Flesch's Reading Ease as adapted for {@code language}:
   * <ul>
   *   <li>de: T. Amstad, "Wie verständlich sind unsere Zeitungen?", Zürich 1978: 180 - ASL - 58.5 ASW;
   *   <li>fr: L. Kandel and A. Moles, "Application de l'indice de Flesch à la langue française", Cahiers
   *       Études de Radio-Télévision 19, 1958: 207 - 1.015 ASL - 73.6 ASW;
   *   <li>es: J. Fernández Huerta, "Medidas sencillas de lecturabilidad", Consigna 214, 1959:
   *       206.84 - 0.60 P - 1.02 F, P syllables per 100 words; F read as words per sentence, as Flesch's
   *       formula has it and as the formula is used (the printed definition, sentences per 100 words, would
   *       make shorter sentences read harder);
   *   <li>it: V. Franchina and R. Vacca, "Adaptation of Flesch readability index on a bilingual text written by
   *       the same author both in Italian and English languages", Linguaggi 3, 1986: 217 - 1.3 ASL - 0.6 P;
   *   <li>nl: W. H. Douma, "De leesbaarheid van landbouwbladen", Wageningen 1960: 206.835 - 0.93 ASL - 77 ASW;
   *   <li>pt: T. B. F. Martins et al., "Readability formulas applied to textbooks in Brazilian Portuguese",
   *       ICMSC-USP 1996: 248.835 - 1.015 ASL - 84.6 ASW.
   * </ul>
   */
  public static Ease fleschEase(String language, Counts c) {
    String name = switch (language) {
      case "de" -> "amstad";
      case "fr" -> "kandel_moles";
      case "es" -> "fernandez_huerta";
      case "it" -> "flesch_vacca";
      case "nl" -> "flesch_douma";
      case "pt" -> "martins";
      default -> null;
    };
    if (name == null || c.empty()) {
      return new Ease(name, null);
    }
    double asl = c.asl();
    double asw = c.asw();
    double score = switch (language) {
      case "de" -> 180 - asl - 58.5 * asw;
      case "fr" -> 207 - 1.015 * asl - 73.6 * asw;
      case "es" -> 206.84 - 0.60 * 100 * asw - 1.02 * asl;
      case "it" -> 217 - 1.3 * asl - 0.6 * 100 * asw;
      case "nl" -> 206.835 - 0.93 * asl - 77 * asw;
      default -> 248.835 - 1.015 * asl - 84.6 * asw;
    };
    return new Ease(name, score);
  }

  /**
   * Szigriszt-Pazos's Perspicuity (F. Szigriszt Pazos, "Sistemas predictivos de legibilidad del mensaje
   * escrito: fórmula de perspicuidad", Madrid 1993), read on the INFLESZ scale (Barrio-Cantalejo et al. 2008):
   * 206.835 - 62.3 ASW - ASL. Spanish.
   */
  public static Double szigrisztPazos(Counts c) {
    return c.empty() ? null : 206.835 - 62.3 * c.asw() - c.asl();
  }

  /**
   * Gulpease (P. Lucisano and M. E. Piemontese, "GULPEASE: una formula per la predizione della difficoltà dei
   * testi in lingua italiana", Scuola e città 3, 1988): 89 + (300 sentences - 10 letters) / words, with
   * letters, not characters. 0-100, higher easier. Italian; needs no syllables.
   */
  public static Double gulpease(Counts c) {
    return c.empty() ? null : 89 + (300.0 * c.sentences() - 10.0 * c.letters()) / c.words();
  }

  /**
   * The four Wiener Sachtextformeln (R. Bamberger and E. Vanecek, "Lesen - Verstehen - Lernen - Schreiben",
   * Wien 1984), a German school grade (4 to 15): MS the percentage of words of three or more syllables, SL
   * words per sentence, IW the percentage of words of more than six letters, ES the percentage of words of one
   * syllable. {@code which} is 1 to 4.
   */
  public static Double wienerSachtextformel(int which, Counts c) {
    if (c.empty()) {
      return null;
    }
    double ms = 100.0 * c.polysyllables() / c.words();
    double sl = c.asl();
    double iw = 100.0 * c.longWords() / c.words();
    double es = 100.0 * c.monosyllables() / c.words();
    return switch (which) {
      case 1 -> 0.1935 * ms + 0.1672 * sl + 0.1297 * iw - 0.0327 * es - 0.875;
      case 2 -> 0.2007 * ms + 0.1682 * sl + 0.1373 * iw - 2.779;
      case 3 -> 0.2963 * ms + 0.1905 * sl - 1.1144;
      case 4 -> 0.2744 * ms + 0.2656 * sl - 1.693;
      default -> throw new IllegalArgumentException("the Wiener Sachtextformeln are numbered 1 to 4: " + which);
    };
  }

  /** Brouwer's Leesindex for Dutch (R. H. M. Brouwer, "Onderzoek naar de leesmoeilijkheden van Nederlands proza", 1963): 195 - 2 ASL - 67 ASW. */
  public static Double brouwer(Counts c) {
    return c.empty() ? null : 195 - 2 * c.asl() - 67 * c.asw();
  }

  /** The counts of {@code text}'s words and sentences for {@code language}: words are runs of letters and digits. */
  public static Counts count(String language, java.util.List<String> sentences) {
    int words = 0;
    int syllables = 0;
    int letters = 0;
    int longWords = 0;
    int poly = 0;
    int mono = 0;
    int counted = 0;
    for (String s : sentences) {
      int before = words;
      int i = 0;
      int n = s.length();
      while (i < n) {
        if (!Character.isLetterOrDigit(s.charAt(i))) {
          i++;
          continue;
        }
        int j = i;
        int ls = 0;
        while (j < n && (Character.isLetterOrDigit(s.charAt(j))
            || (s.charAt(j) == '\'' || s.charAt(j) == '-') && j + 1 < n && Character.isLetter(s.charAt(j + 1)))) {
          if (Character.isLetter(s.charAt(j))) {
            ls++;
          }
          j++;
        }
        int sy = ls == 0 ? 0 : LanguageSyllables.count(s, i, j, language);
        words++;
        letters += ls;
        syllables += sy;
        if (ls > 6) {
          longWords++;
        }
        if (sy >= 3) {
          poly++;
        } else if (sy == 1) {
          mono++;
        }
        i = j;
      }
      if (words > before) {
        counted++;
      }
    }
    return new Counts(counted, words, syllables, letters, longWords, poly, mono);
  }
}
