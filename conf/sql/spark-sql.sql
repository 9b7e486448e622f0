-- lede tables and views for Spark SQL (spark-sql -f conf/sql/spark-sql.sql, after replacing LEDE_OUT).
-- The tables are partitioned by run_date. MSCK REPAIR registers the partitions found in the folders (run it
-- again after each nightly run).
CREATE TABLE IF NOT EXISTS lede_articles USING parquet LOCATION 'LEDE_OUT/articles';
CREATE TABLE IF NOT EXISTS lede_paragraphs USING parquet LOCATION 'LEDE_OUT/paragraphs';
-- rejects and stories are declared, as a run without rejects (or with stories.enabled = false) writes no folder
CREATE TABLE IF NOT EXISTS lede_rejects (source_path STRING, record_locator STRING, reason_code STRING,
  reason STRING, raw_excerpt STRING, run_id STRING, processed_at TIMESTAMP, run_date DATE)
  USING parquet PARTITIONED BY (run_date) LOCATION 'LEDE_OUT/rejects';
CREATE TABLE IF NOT EXISTS lede_stories (story_id STRING, first_run_date DATE, first_seen_at TIMESTAMP,
  first_source STRING, first_url STRING, title STRING, summary STRING, last_seen_at TIMESTAMP, articles BIGINT,
  sources BIGINT, articles_this_run BIGINT, sources_this_run BIGINT, new_this_run BOOLEAN, run_date DATE)
  USING parquet PARTITIONED BY (run_date) LOCATION 'LEDE_OUT/stories';
MSCK REPAIR TABLE lede_articles;
MSCK REPAIR TABLE lede_paragraphs;
MSCK REPAIR TABLE lede_rejects;
MSCK REPAIR TABLE lede_stories;

-- every paragraph with its article's headline, source and date
CREATE OR REPLACE VIEW lede_article_paragraphs AS
SELECT a.run_date, a.article_id, a.title, a.source, a.published_at, a.reading_level AS article_level,
       p.paragraph_index, p.text, p.word_count, p.reading_grade, p.sentiment_compound, p.sentiment_label,
       p.key_sentence
FROM lede_articles a JOIN lede_paragraphs p
  ON p.article_id = a.article_id AND p.run_date = a.run_date;

-- one article per story and run date, the story's earliest of the date (exact copies of earlier runs left
-- out), with the number of the date's articles it stands for: what daily figures count, so that a story that
-- 300 outlets ran counts once
CREATE OR REPLACE VIEW lede_story_articles AS
SELECT * FROM (
  SELECT *,
         row_number() OVER (PARTITION BY run_date, story_id ORDER BY published_at NULLS LAST, article_id) AS story_rank,
         count(*) OVER (PARTITION BY run_date, story_id) AS story_articles
  FROM lede_articles
  WHERE NOT array_contains(flags, 'duplicate_content')) t
WHERE story_rank = 1;

-- one row per run date: articles counts every article, stories and every other figure each story once
CREATE OR REPLACE VIEW lede_daily AS
SELECT run_date, sum(story_articles) AS articles, count(*) AS stories, sum(paragraph_count) AS paragraphs,
       sum(word_count) AS words, avg(reading_grade) AS mean_grade,
       percentile_approx(reading_grade, 0.5) AS median_grade, avg(sentiment_compound) AS mean_sentiment,
       count_if(sentiment_label = 'positive') AS positive, count_if(sentiment_label = 'negative') AS negative
FROM lede_story_articles
GROUP BY run_date;

-- one row per run date and source: a source's own articles (a story it ran twice counts once in stories)
CREATE OR REPLACE VIEW lede_daily_by_source AS
SELECT run_date, coalesce(source, 'unknown') AS source, count(*) AS articles, count(DISTINCT story_id) AS stories,
       avg(reading_grade) AS mean_grade, avg(sentiment_compound) AS mean_sentiment
FROM lede_articles
WHERE NOT array_contains(flags, 'duplicate_content')
GROUP BY run_date, coalesce(source, 'unknown');

-- every story as of the latest run date that carried it: who had it first, how far and how fast it spread
CREATE OR REPLACE VIEW lede_story_spread AS
SELECT story_id, title, first_run_date, first_seen_at, first_source, first_url, run_date AS last_run_date,
       last_seen_at, articles, sources,
       (unix_timestamp(last_seen_at) - unix_timestamp(first_seen_at)) / 3600.0 AS spread_hours
FROM (SELECT *, row_number() OVER (PARTITION BY story_id ORDER BY run_date DESC) AS latest FROM lede_stories) t
WHERE latest = 1;
