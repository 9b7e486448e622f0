package org.lede.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lede.readability.Readability;
import org.lede.readability.TextCounts;
import org.lede.sentiment.SentimentScores;
import org.lede.sentiment.SentimentTokens;
import org.lede.sentiment.Vader;
import org.lede.summary.Summarizer;
import org.lede.text.Language;
import org.lede.text.Bounded;
import org.lede.text.LanguageTerms;
import org.lede.text.SentenceTokens;
import org.lede.text.Tokenizer;

/**
 * The whole per-article analysis, in plain Java: sentences, readability per paragraph and article, sentiment
 * per sentence aggregated to paragraphs (mean) and article (word-weighted mean of paragraphs), the extractive
 * summary and each paragraph's key sentence. Each sentence is tokenised once ({@link Tokenizer}); its words'
 * facts come from the shared {@link Vocabulary} or the {@link AnalysisContext}'s memo, and every analysis
 * reads them from there. It holds no per-article state; use it on one thread, with its context.
 */
public final class ArticleAnalyzer {
  /** Flag set on articles whose language is not English: English-only metrics are null. */
  public static final String NON_ENGLISH = "non_english";
  /** Flag set on paragraphs mostly in another script than Latin inside an English article. */
  public static final String PARAGRAPH_NOT_ENGLISH = "not_english";
  public static final String NO_SENTENCES = "no_sentences";
  /** Flag set when over-long paragraphs were cut into pieces ({@link Bounded}). */
  public static final String LONG_PARAGRAPH_SPLIT = "long_paragraph_split";

  /** Characters the language is guessed from (some 250 words): enough to tell, and cheap for any article. */
  static final int LANGUAGE_SAMPLE_CHARS = 1_500;

  private final AnalysisContext context;
  private final Vader vader;
  private final Summarizer summarizer;

  /**
   * @param lexiconSentiment false when a trained model scores sentiment later (sentiment columns stay null)
   */
  public ArticleAnalyzer(AnalysisContext context, Summarizer.Length length, boolean lexiconSentiment) {
    this.context = context;
    this.vader = lexiconSentiment ? Vader.forNews() : null;
    this.summarizer = new Summarizer(length);
  }

  /** Each language's summary terms, made once for this analyzer's thread ({@link LanguageTerms}). */
  private final java.util.Map<String, java.util.function.Function<String, String>> languageTerms =
      new java.util.HashMap<>();

  /** The summary terms of {@code language}, or null when it is English or has none of its own. */
  private java.util.function.Function<String, String> termsOf(String language) {
    return LanguageTerms.supports(language) ? languageTerms.computeIfAbsent(language, LanguageTerms::of) : null;
  }

  /**
   * @param declaredLanguage the language the record declares (ISO 639-1), used instead of the guess; null to
   *     guess it from the text
   */
  public ArticleAnalysis analyze(String title, List<String> rawParagraphs, String declaredLanguage) {
    context.beginArticle();
    List<String> paragraphs = Bounded.paragraphs(singleLine(rawParagraphs));
    // one pass over each sentence: its tokens and their words' facts, held for the paragraph (for the letters
    // that tell whether it is English) and, until the language is known, for the article's first paragraphs
    // (the language comes from the script and the first words)
    Language.FunctionWords functionWords = new Language.FunctionWords();
    String language = declaredLanguage;
    boolean english = "en".equals(language);
    List<List<SentenceAnalysis>> perParagraph = new ArrayList<>(paragraphs.size());
    List<List<String>> held = new ArrayList<>();
    List<String> allSentences = new ArrayList<>();
    Summarizer.Input summaryInput = new Summarizer.Input(context.terms);
    boolean[] paragraphEnglish = new boolean[paragraphs.size()];
    int[] latin = new int[paragraphs.size()];
    int[] other = new int[paragraphs.size()];
    int count = 0;
    for (int p = 0; p < paragraphs.size(); p++) {
      List<String> sentences = Bounded.sentences(paragraphs.get(p));
      held.add(sentences);
      for (String s : sentences) {
        SentenceTokens t = Tokenizer.tokenize(s, context.tokens(count));
        SentenceWords w = context.words(count);
        context.resolve(t, w);
        if (language == null) {
          for (int k = 0; k < w.size && !functionWords.full(); k++) {
            functionWords.add(w.languageBits[k]);
          }
        }
        latin[p] += t.latinLetters();
        other[p] += t.otherLetters();
        count++;
      }
      if (language == null && (functionWords.full() || p == paragraphs.size() - 1)) {
        language = Language.guess(paragraphs, LANGUAGE_SAMPLE_CHARS, functionWords);
        english = language.equals("en");
      }
      if (language == null) {
        continue;
      }
      java.util.function.Function<String, String> terms = termsOf(language);
      int index = 0;
      for (List<String> heldSentences : held) {
        int q = perParagraph.size();
        paragraphEnglish[q] = english && other[q] <= latin[q];
        List<SentenceAnalysis> sents = new ArrayList<>(heldSentences.size());
        for (String s : heldSentences) {
          SentenceTokens t = context.tokens(index);
          SentenceWords w = context.words(index);
          index++;
          SentimentScores score = paragraphEnglish[q] && vader != null ? sentiment(s, t, w) : null;
          sents.add(SentenceAnalysis.of(s, t, w, score));
          if (terms == null) {
            summaryInput.add(s, w.size, w.stemId, heldSentences.size() == 1);
          } else {
            summaryInput.add(s, terms, heldSentences.size() == 1); // the language's own stems and stop words
          }
          allSentences.add(s);
        }
        perParagraph.add(sents);
      }
      held.clear();
      count = 0;
    }
    if (language == null) { // no paragraphs
      language = Language.guess(paragraphs, LANGUAGE_SAMPLE_CHARS, functionWords);
      english = language.equals("en");
    }
    List<String> flags = new ArrayList<>();
    if (!english) {
      flags.add(NON_ENGLISH);
    }
    if (paragraphs.size() != rawParagraphs.size()) {
      flags.add(LONG_PARAGRAPH_SPLIT);
    }

    java.util.function.Function<String, String> terms = termsOf(language);
    Summarizer.Result summary = terms == null ? summarizer.summarizeWithTitleStems(summaryInput, titleStems(title))
        : summarizer.summarize(summaryInput, title, terms);

    TextCounts articleCounts = new TextCounts();
    TextCounts englishCounts = new TextCounts();
    List<int[]> englishSyllables = new ArrayList<>();
    List<ParagraphAnalysis> out = new ArrayList<>(paragraphs.size());
    double sentimentWeight = 0;
    double[] sums = new double[4];
    Integer mostPositive = null;
    Integer mostNegative = null;
    double best = Double.NEGATIVE_INFINITY;
    double worst = Double.POSITIVE_INFINITY;
    int sentenceIndex = 0;
    for (int p = 0; p < paragraphs.size(); p++) {
      List<SentenceAnalysis> sents = perParagraph.get(p);
      TextCounts counts = new TextCounts();
      List<int[]> syllables = new ArrayList<>(sents.size());
      int key = -1;
      double keyScore = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < sents.size(); k++) {
        counts.add(sents.get(k).counts);
        syllables.add(sents.get(k).syllables);
        double sc = summary.scores()[sentenceIndex + k];
        if (sc > keyScore) {
          keyScore = sc;
          key = k;
        }
      }
      sentenceIndex += sents.size();
      articleCounts.add(counts);
      List<String> pflags = new ArrayList<>();
      Readability.Scores scores = Readability.Scores.EMPTY;
      SentimentScores sentiment = null;
      if (paragraphEnglish[p]) {
        englishCounts.add(counts);
        englishSyllables.addAll(syllables);
        scores = Readability.score(counts, syllables);
        sentiment = mean(sents);
        if (sentiment != null && counts.words > 0) {
          sentimentWeight += counts.words;
          sums[0] += counts.words * sentiment.compound();
          sums[1] += counts.words * sentiment.positive();
          sums[2] += counts.words * sentiment.neutral();
          sums[3] += counts.words * sentiment.negative();
          if (sentiment.compound() > best) {
            best = sentiment.compound();
            mostPositive = p;
          }
          if (sentiment.compound() < worst) {
            worst = sentiment.compound();
            mostNegative = p;
          }
        }
      } else if (english) {
        pflags.add(PARAGRAPH_NOT_ENGLISH);
      }
      String keySentence = key >= 0 ? sents.get(key).text : null;
      out.add(new ParagraphAnalysis(p, paragraphs.get(p), sents, counts, scores, sentiment,
          sentiment == null ? null : SentimentScores.label(sentiment.compound()), keySentence, pflags));
    }

    SentimentScores articleSentiment = sentimentWeight > 0
        ? new SentimentScores(sums[0] / sentimentWeight, sums[1] / sentimentWeight,
            sums[2] / sentimentWeight, sums[3] / sentimentWeight)
        : null;
    Readability.Scores articleScores = english
        ? Readability.score(englishCounts, englishSyllables)
        : Readability.Scores.EMPTY;
    String summaryText = null;
    if (summary.selected().length > 0) {
      StringBuilder b = new StringBuilder();
      for (int idx : summary.selected()) {
        if (b.length() > 0) {
          b.append('\n');
        }
        b.append(allSentences.get(idx));
      }
      summaryText = b.toString();
    } else {
      flags.add(NO_SENTENCES);
    }
    return new ArticleAnalysis(language, articleCounts, allSentences.size(), articleScores, articleSentiment,
        articleSentiment == null ? null : SentimentScores.label(articleSentiment.compound()),
        mostPositive, mostNegative, summaryText, summary.selected(), out, flags);
  }

  /** The stem ids of the headline's words, read from the same token stream as the text's; null for none. */
  private int[] titleStems(String title) {
    if (title == null || title.isBlank()) {
      return null;
    }
    SentenceWords w = context.words(0); // the sentence buffers are free once the paragraphs are read
    context.resolve(Tokenizer.tokenize(title, context.tokens(0)), w);
    return Arrays.copyOf(w.stemId, w.size);
  }

  /** VADER's score of a sentence from its tokens (or, when it holds emoji, from a copy with them described). */
  private SentimentScores sentiment(String s, SentenceTokens t, SentenceWords w) {
    SentimentTokens st = context.sentiment(0);
    String described = t.ascii() ? s : Vader.describeEmoji(s);
    if (described == s) {
      context.resolveSentiment(t, w, st);
    } else {
      context.resolveSentiment(Tokenizer.tokenize(described, new SentenceTokens()), null, st);
    }
    return vader.score(st);
  }

  /** A paragraph is one line: line breaks inside one (possible through the API) become spaces. */
  private static List<String> singleLine(List<String> paragraphs) {
    List<String> out = null;
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      if (p.indexOf('\n') >= 0 || p.indexOf('\r') >= 0) {
        if (out == null) {
          out = new ArrayList<>(paragraphs);
        }
        out.set(i, p.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '));
      }
    }
    return out == null ? paragraphs : out;
  }

  private static SentimentScores mean(List<SentenceAnalysis> sents) {
    if (sents.isEmpty() || sents.get(0).sentiment == null) {
      return null;
    }
    double c = 0;
    double pos = 0;
    double neu = 0;
    double neg = 0;
    for (SentenceAnalysis s : sents) {
      c += s.sentiment.compound();
      pos += s.sentiment.positive();
      neu += s.sentiment.neutral();
      neg += s.sentiment.negative();
    }
    int n = sents.size();
    return new SentimentScores(c / n, pos / n, neu / n, neg / n);
  }
}
