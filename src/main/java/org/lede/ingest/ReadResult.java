package org.lede.ingest;

/** What a reader yields for each input record: an article to analyse, or a reject. */
public sealed interface ReadResult permits RawArticle, Reject {
  String sourcePath();

  String locator();
}
