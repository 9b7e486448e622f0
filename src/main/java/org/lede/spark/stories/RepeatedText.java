package org.lede.spark.stories;

import java.io.Serializable;

/**
 * A text that several of the run's articles have word for word (paragraph by paragraph; case, punctuation and
 * spacing aside): how many, and its earliest article, by order key, with its uid and id. Only that article is
 * signed and compared; the text's others take its story.
 */
public record RepeatedText(long articles, String key, long uid, String articleId) implements Serializable {
  private static final long serialVersionUID = 1L;
}
