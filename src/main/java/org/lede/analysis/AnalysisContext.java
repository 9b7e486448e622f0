package org.lede.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.lede.sentiment.SentimentTokens;
import org.lede.sentiment.TokenFacts;
import org.lede.summary.TermIds;
import org.lede.text.FormTable;
import org.lede.text.SentenceTokens;
import org.lede.text.Words;

/**
 * What an analysis learns and reuses while it reads many articles: the word forms the shared
 * {@link Vocabulary} lacks (names, new words, typos), in a table of the vocabulary's kind for lower-case ASCII
 * forms and in memos for others (in capitals, non-ASCII, long), each bounded at {@link #MAX_FORMS} forms (of at
 * most {@link FormTable#MAX_FORM_CHARS} characters in the memos) and emptied between two articles when full
 * (the word-form memo also when it fills inside one), the ids of their stems, and the buffers of the sentences
 * being read. A Spark partition (or a test) creates one, analyses its articles with it on one thread, and
 * closes it; it holds nothing that outlives it.
 */
public final class AnalysisContext implements AutoCloseable {
  /** Forms each memo holds at most (about 40 MB per context at most, 17 MB for 70,000 forms). */
  public static final int MAX_FORMS = 100_000;

  final Vocabulary vocabulary = Vocabulary.get();
  private final int maxForms;
  /** Keeps the loads of {@link Vocabulary#touch} from being optimised away. */
  private long sink;
  /** Forms the vocabulary lacks that fit its keys (lower-case ASCII of up to 16 characters), learnt here. */
  private final FormIndex learned = new FormIndex(1024);
  private FormTable<WordFacts.Form> words;
  private FormTable<TokenFacts> tokens;
  private final List<SentenceTokens> tokenPool = new ArrayList<>();
  private final List<SentenceWords> wordPool = new ArrayList<>();
  private final List<SentimentTokens> sentimentPool = new ArrayList<>();
  /**
   * Ids of the stems of forms the vocabulary lacks, after the vocabulary's own: kept from article to article
   * and, like the memos, bounded (emptied between two articles, never inside one, so no stem gets two ids in
   * an article).
   */
  private final Map<String, Integer> otherStems = new HashMap<>();
  /** The summariser's term ids of the article being read. */
  final TermIds terms = new TermIds(this::stemId);

  public AnalysisContext() {
    this(MAX_FORMS);
  }

  /** @param maxForms forms each memo holds at most */
  AnalysisContext(int maxForms) {
    this.maxForms = maxForms;
    words = new FormTable<>(maxForms, raw -> new WordFacts.Form(Words.normalise(raw), this::stemId));
    tokens = new FormTable<>(maxForms, raw -> TokenFacts.of(raw.toLowerCase(Locale.ROOT)));
  }

  /** The id of a stem: the vocabulary's, or the next one after them, remembered. */
  int stemId(String stem) {
    int known = vocabulary.stemIdOf(stem);
    if (known >= 0) {
      return known;
    }
    Integer id = otherStems.get(stem);
    if (id == null) {
      id = vocabulary.stems() + otherStems.size();
      otherStems.put(stem, id);
    }
    return id;
  }

  /** Before each article: the stems of unknown forms are forgotten when there are too many (with the forms). */
  void beginArticle() {
    if (otherStems.size() >= maxForms || learned.size() >= maxForms) {
      otherStems.clear();
      learned.clear();
      words = new FormTable<>(maxForms, raw -> new WordFacts.Form(Words.normalise(raw), this::stemId));
    }
  }

  /**
   * Sentence buffers, reused across articles: the i-th of the sentences held (those of a paragraph, or of the
   * first paragraphs of an article until its language is known, so at most a few thousand at
   * {@link org.lede.text.Bounded#MAX_PARAGRAPH_CHARS} characters a paragraph, whatever the article's length).
   */
  SentenceTokens tokens(int i) {
    while (tokenPool.size() <= i) {
      tokenPool.add(new SentenceTokens());
    }
    return tokenPool.get(i);
  }

  SentenceWords words(int i) {
    while (wordPool.size() <= i) {
      wordPool.add(new SentenceWords());
    }
    return wordPool.get(i);
  }

  SentimentTokens sentiment(int i) {
    while (sentimentPool.size() <= i) {
      sentimentPool.add(new SentimentTokens());
    }
    return sentimentPool.get(i);
  }

  /**
   * The facts of a sentence's words. A word in lower case, or capitalised, costs one probe of the shared
   * vocabulary, or of the forms this context learnt (its facts are computed on first sight); any other word
   * (in capitals, with a capital inside, non-ASCII, long) goes to the memo, keyed by the form as written.
   */
  void resolve(SentenceTokens t, SentenceWords out) {
    out.clear();
    String text = t.text();
    FormIndex shared = vocabulary.index;
    long touched = 0;
    for (int k = 0; k < t.words(); k++) {
      if (t.wordKeyed(k) && t.wordCase(k) != SentenceTokens.OTHER) {
        touched += shared.touch(t.wordHash(k));
      }
    }
    sink += touched;
    for (int k = 0; k < t.words(); k++) {
      int w = out.add();
      FormIndex index = null;
      int slot = -1;
      if (t.wordKeyed(k) && t.wordCase(k) != SentenceTokens.OTHER) {
        int len = t.wordEnd(k) - t.wordStart(k);
        index = shared;
        slot = shared.find(t.wordKey0(k), t.wordKey1(k), len, t.wordHash(k));
        if (slot < 0) {
          index = learned;
          slot = learnt(text, t.wordStart(k), t.wordEnd(k), t.wordKey0(k), t.wordKey1(k), t.wordHash(k));
        }
      }
      out.hasSentiment[w] = slot >= 0;
      if (slot >= 0) {
        out.sentimentFlags[w] = index.sentimentFlags(slot);
        out.plainValence[w] = index.plainValence(slot);
        out.newsValence[w] = index.newsValence(slot);
        long f = index.facts(slot);
        out.syllables[w] = WordFacts.syllables(f);
        out.letters[w] = WordFacts.letters(f);
        out.bits[w] = WordFacts.bits(f) | (t.wordCase(k) == SentenceTokens.CAPITALISED ? WordFacts.CAPITALISED : 0);
        out.languageBits[w] = WordFacts.languageBits(f);
        out.stemId[w] = WordFacts.stemId(f);
      } else {
        WordFacts.Form f = words.get(text, t.wordStart(k), t.wordEnd(k));
        out.syllables[w] = f.syllables;
        out.letters[w] = f.letters;
        out.bits[w] = f.bits;
        out.languageBits[w] = f.languageBits;
        out.stemId[w] = f.stemId;
      }
    }
  }

  /** The slot in {@link #learned} of the lower-case form of {@code text[start, end)}, learnt if new. */
  private int learnt(String text, int start, int end, long k0, long k1, long h) {
    int len = end - start;
    int slot = learned.find(k0, k1, len, h);
    if (slot < 0) {
      String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
      String stem = WordFacts.stem(lower);
      slot = learned.add(k0, k1, len, WordFacts.pack(lower, stem == null ? -1 : stemId(stem)), TokenFacts.of(lower));
    }
    return slot;
  }

  /**
   * The VADER tokens of a sentence with their facts. A token that is one of the sentence's words reuses the
   * facts copied with the word's; others are looked up by their lower-case form (the vocabulary, then the learnt forms) or as
   * written (the memo). {@code w} is the sentence's word facts, or null when the tokens are not those of its
   * words.
   */
  void resolveSentiment(SentenceTokens t, SentenceWords w, SentimentTokens out) {
    out.clear(t.exclamations(), t.questions());
    String text = t.text();
    for (int k = 0; k < t.chunks(); k++) {
      int word = w == null ? -1 : t.chunkWord(k);
      if (word >= 0 && w.hasSentiment[word]) {
        // a word in lower case or capitalised is neither in capitals nor quoted
        int occurrence = SentimentTokens.occurrence(t.wordCase(word) == SentenceTokens.CAPITALISED);
        out.add(w.sentimentFlags[word], w.plainValence[word], w.newsValence[word], text, t.chunkStart(k),
            t.chunkEnd(k), t.chunkPunctuated(k), occurrence);
        continue;
      }
      if (t.chunkKeyed(k)) {
        int len = t.chunkEnd(k) - t.chunkStart(k);
        FormIndex index = vocabulary.index;
        int slot = index.find(t.chunkKey0(k), t.chunkKey1(k), len, t.chunkHash(k));
        if (slot < 0) {
          index = learned;
          slot = learnt(text, t.chunkStart(k), t.chunkEnd(k), t.chunkKey0(k), t.chunkKey1(k), t.chunkHash(k));
        }
        out.add(index.sentimentFlags(slot), index.plainValence(slot), index.newsValence(slot), text,
            t.chunkStart(k), t.chunkEnd(k), t.chunkPunctuated(k), SentimentTokens.occurrence(text, t.chunkStart(k),
                t.chunkEnd(k)));
      } else {
        out.add(tokens.get(text, t.chunkStart(k), t.chunkEnd(k)), text, t.chunkStart(k), t.chunkEnd(k),
            t.chunkPunctuated(k));
      }
    }
  }

  /** Drops the memos and buffers. */
  @Override
  public void close() {
    words = null;
    tokens = null;
    tokenPool.clear();
    wordPool.clear();
    sentimentPool.clear();
  }
}
