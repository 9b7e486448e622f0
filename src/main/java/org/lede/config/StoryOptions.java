package org.lede.config;

import java.io.Serializable;

/**
 * The {@code stories.*} keys.
 *
 * @param enabled whether the story step runs (without it, each article is its own story)
 * @param windowDays how many days back a copy still joins an earlier night's story
 * @param repeatedParagraphArticles a paragraph carried by this many articles of one run is boilerplate
 * @param minOwnShare the share of an article's shingles that must lie outside boilerplate for the rest to be
 *     left out of its comparison
 */
public record StoryOptions(boolean enabled, int windowDays, int repeatedParagraphArticles, double minOwnShare)
    implements Serializable {}
