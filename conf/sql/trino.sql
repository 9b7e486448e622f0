-- lede tables and views for Trino's Hive connector (catalog "hive"; replace LEDE_OUT with the output URI,
-- e.g. s3a://bucket/lede). After each nightly run: CALL hive.system.sync_partition_metadata('lede', 'articles', 'ADD');
CREATE SCHEMA IF NOT EXISTS hive.lede;

CREATE TABLE IF NOT EXISTS hive.lede.articles (
  article_id varchar, source_path varchar, source varchar, url varchar, title varchar, byline varchar,
  published_at timestamp(3) with time zone, language varchar, paragraph_count integer, sentence_count integer,
  word_count integer, syllable_count integer, flesch_reading_ease double, flesch_kincaid_grade double,
  gunning_fog double, smog_index double, coleman_liau_index double, automated_readability_index double,
  dale_chall_score double, reading_grade double, reading_level varchar, sentiment_compound double,
  sentiment_positive double, sentiment_neutral double, sentiment_negative double, sentiment_label varchar,
  summary varchar, summary_sentence_indexes array(integer), content_sha256 varchar, run_id varchar,
  processed_at timestamp(3) with time zone, linsear_write double, most_positive_paragraph integer,
  most_negative_paragraph integer, record_locator varchar, flags array(varchar),
  captured_at timestamp(3) with time zone, story_id varchar, raw_values map(varchar, varchar), lix double,
  rix double, language_reading_ease double, language_reading_formula varchar, run_date date)
WITH (external_location = 'LEDE_OUT/articles', format = 'PARQUET', partitioned_by = ARRAY['run_date']);

CREATE TABLE IF NOT EXISTS hive.lede.paragraphs (
  article_id varchar, paragraph_index integer, text varchar, word_count integer, sentence_count integer,
  flesch_reading_ease double, flesch_kincaid_grade double, reading_grade double, sentiment_compound double,
  sentiment_positive double, sentiment_neutral double, sentiment_negative double, sentiment_label varchar,
  key_sentence varchar, reading_level varchar, flags array(varchar), lix double, rix double,
  language_reading_ease double, language_reading_formula varchar, run_date date)
WITH (external_location = 'LEDE_OUT/paragraphs', format = 'PARQUET', partitioned_by = ARRAY['run_date']);

CREATE TABLE IF NOT EXISTS hive.lede.rejects (
  source_path varchar, record_locator varchar, reason_code varchar, reason varchar, raw_excerpt varchar,
  run_id varchar, processed_at timestamp(3) with time zone, run_date date)
WITH (external_location = 'LEDE_OUT/rejects', format = 'PARQUET', partitioned_by = ARRAY['run_date']);

CREATE TABLE IF NOT EXISTS hive.lede.stories (
  story_id varchar, first_run_date date, first_seen_at timestamp(3) with time zone, first_source varchar,
  first_url varchar, title varchar, summary varchar, last_seen_at timestamp(3) with time zone, articles bigint,
  sources bigint, articles_this_run bigint, sources_this_run bigint, new_this_run boolean, run_date date)
WITH (external_location = 'LEDE_OUT/stories', format = 'PARQUET', partitioned_by = ARRAY['run_date']);

CALL hive.system.sync_partition_metadata('lede', 'articles', 'ADD');
CALL hive.system.sync_partition_metadata('lede', 'paragraphs', 'ADD');
CALL hive.system.sync_partition_metadata('lede', 'rejects', 'ADD');
CALL hive.system.sync_partition_metadata('lede', 'stories', 'ADD');

CREATE OR REPLACE VIEW hive.lede.article_paragraphs AS
SELECT a.run_date, a.article_id, a.title, a.source, a.published_at, a.reading_level AS article_level,
       p.paragraph_index, p.text, p.word_count, p.reading_grade, p.sentiment_compound, p.sentiment_label,
       p.key_sentence
FROM hive.lede.articles a JOIN hive.lede.paragraphs p
  ON p.article_id = a.article_id AND p.run_date = a.run_date;

-- one article per story and run date, the story's earliest of the date (exact copies of earlier runs left
-- out), with the number of the date's articles it stands for: a story that 300 outlets ran counts once
CREATE OR REPLACE VIEW hive.lede.story_articles AS
SELECT * FROM (
  SELECT *,
         row_number() OVER (PARTITION BY run_date, story_id ORDER BY published_at NULLS LAST, article_id) AS story_rank,
         count(*) OVER (PARTITION BY run_date, story_id) AS story_articles
  FROM hive.lede.articles
  WHERE NOT contains(flags, 'duplicate_content')) t
WHERE story_rank = 1;

-- articles counts every article, stories and every other figure each story once
CREATE OR REPLACE VIEW hive.lede.daily AS
SELECT run_date, sum(story_articles) AS articles, count(*) AS stories, sum(paragraph_count) AS paragraphs,
       sum(word_count) AS words, avg(reading_grade) AS mean_grade,
       approx_percentile(reading_grade, 0.5) AS median_grade, avg(sentiment_compound) AS mean_sentiment,
       count_if(sentiment_label = 'positive') AS positive, count_if(sentiment_label = 'negative') AS negative
FROM hive.lede.story_articles
GROUP BY run_date;

-- every story as of the latest run date that carried it: who had it first, how far and how fast it spread
CREATE OR REPLACE VIEW hive.lede.story_spread AS
SELECT story_id, title, first_run_date, first_seen_at, first_source, first_url, run_date AS last_run_date,
       last_seen_at, articles, sources, date_diff('second', first_seen_at, last_seen_at) / 3600.0 AS spread_hours
FROM (SELECT *, row_number() OVER (PARTITION BY story_id ORDER BY run_date DESC) AS latest
      FROM hive.lede.stories) t
WHERE latest = 1;
