-- lede views for DuckDB (duckdb -c ".read conf/sql/duckdb.sql" from the folder holding lede-out/, or edit
-- the paths). hive_partitioning turns run_date=... folders into a column.
CREATE OR REPLACE VIEW lede_articles AS
  SELECT * FROM read_parquet('lede-out/articles/*/*.parquet', hive_partitioning = true);
CREATE OR REPLACE VIEW lede_paragraphs AS
  SELECT * FROM read_parquet('lede-out/paragraphs/*/*.parquet', hive_partitioning = true);
CREATE OR REPLACE VIEW lede_rejects AS
  SELECT * FROM read_parquet('lede-out/rejects/*/*.parquet', hive_partitioning = true);

CREATE OR REPLACE VIEW lede_article_paragraphs AS
SELECT a.run_date, a.article_id, a.title, a.source, a.published_at, a.reading_level AS article_level,
       p.paragraph_index, p.text, p.word_count, p.reading_grade, p.sentiment_compound, p.sentiment_label,
       p.key_sentence
FROM lede_articles a JOIN lede_paragraphs p USING (article_id, run_date);

CREATE OR REPLACE VIEW lede_daily AS
SELECT run_date, count(*) AS articles, sum(paragraph_count) AS paragraphs, sum(word_count) AS words,
       avg(reading_grade) AS mean_grade, median(reading_grade) AS median_grade,
       avg(sentiment_compound) AS mean_sentiment,
       count(*) FILTER (WHERE sentiment_label = 'positive') AS positive,
       count(*) FILTER (WHERE sentiment_label = 'negative') AS negative
FROM lede_articles
WHERE NOT list_contains(flags, 'duplicate_content')
GROUP BY run_date;

CREATE OR REPLACE VIEW lede_daily_by_source AS
SELECT run_date, coalesce(source, 'unknown') AS source, count(*) AS articles,
       avg(reading_grade) AS mean_grade, avg(sentiment_compound) AS mean_sentiment
FROM lede_articles
WHERE NOT list_contains(flags, 'duplicate_content')
GROUP BY ALL;
