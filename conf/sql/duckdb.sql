-- lede views for DuckDB (duckdb -c ".read conf/sql/duckdb.sql" from the folder holding lede-out/, or edit
-- the paths). hive_partitioning turns run_date=... folders into a column.
CREATE OR REPLACE VIEW lede_articles AS
  SELECT * FROM read_parquet('lede-out/articles/*/*.parquet', hive_partitioning = true);
CREATE OR REPLACE VIEW lede_paragraphs AS
  SELECT * FROM read_parquet('lede-out/paragraphs/*/*.parquet', hive_partitioning = true);
CREATE OR REPLACE VIEW lede_rejects AS
  SELECT * FROM read_parquet('lede-out/rejects/*/*.parquet', hive_partitioning = true);
CREATE OR REPLACE VIEW lede_stories AS
  SELECT * FROM read_parquet('lede-out/stories/*/*.parquet', hive_partitioning = true);

CREATE OR REPLACE VIEW lede_article_paragraphs AS
SELECT a.run_date, a.article_id, a.title, a.source, a.published_at, a.reading_level AS article_level,
       p.paragraph_index, p.text, p.word_count, p.reading_grade, p.sentiment_compound, p.sentiment_label,
       p.key_sentence
FROM lede_articles a JOIN lede_paragraphs p USING (article_id, run_date);

-- one article per story and run date, the story's earliest of the date (exact copies of earlier runs left
-- out), with the number of the date's articles it stands for: a story that 300 outlets ran counts once
CREATE OR REPLACE VIEW lede_story_articles AS
SELECT *, count(*) OVER (PARTITION BY run_date, story_id) AS story_articles
FROM lede_articles
WHERE NOT list_contains(flags, 'duplicate_content')
QUALIFY row_number() OVER (PARTITION BY run_date, story_id ORDER BY published_at NULLS LAST, article_id) = 1;

-- articles counts every article, stories and every other figure each story once
CREATE OR REPLACE VIEW lede_daily AS
SELECT run_date, sum(story_articles) AS articles, count(*) AS stories, sum(paragraph_count) AS paragraphs,
       sum(word_count) AS words, avg(reading_grade) AS mean_grade, median(reading_grade) AS median_grade,
       avg(sentiment_compound) AS mean_sentiment,
       count(*) FILTER (WHERE sentiment_label = 'positive') AS positive,
       count(*) FILTER (WHERE sentiment_label = 'negative') AS negative
FROM lede_story_articles
GROUP BY run_date;

CREATE OR REPLACE VIEW lede_daily_by_source AS
SELECT run_date, coalesce(source, 'unknown') AS source, count(*) AS articles, count(DISTINCT story_id) AS stories,
       avg(reading_grade) AS mean_grade, avg(sentiment_compound) AS mean_sentiment
FROM lede_articles
WHERE NOT list_contains(flags, 'duplicate_content')
GROUP BY ALL;

-- every story as of the latest run date that carried it: who had it first, how far and how fast it spread
CREATE OR REPLACE VIEW lede_story_spread AS
SELECT story_id, title, first_run_date, first_seen_at, first_source, first_url, run_date AS last_run_date,
       last_seen_at, articles, sources, date_diff('second', first_seen_at, last_seen_at) / 3600.0 AS spread_hours
FROM lede_stories
QUALIFY row_number() OVER (PARTITION BY story_id ORDER BY run_date DESC) = 1;
