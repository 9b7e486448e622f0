-- lede tables and views for Spark SQL (spark-sql -f conf/sql/spark-sql.sql, after replacing LEDE_OUT).
-- The tables are partitioned by run_date. MSCK REPAIR registers the partitions found in the folders (run it
-- again after each nightly run).
CREATE TABLE IF NOT EXISTS lede_articles USING parquet LOCATION 'LEDE_OUT/articles';
CREATE TABLE IF NOT EXISTS lede_paragraphs USING parquet LOCATION 'LEDE_OUT/paragraphs';
CREATE TABLE IF NOT EXISTS lede_rejects USING parquet LOCATION 'LEDE_OUT/rejects';
MSCK REPAIR TABLE lede_articles;
MSCK REPAIR TABLE lede_paragraphs;
MSCK REPAIR TABLE lede_rejects;

-- every paragraph with its article's headline, source and date
CREATE OR REPLACE VIEW lede_article_paragraphs AS
SELECT a.run_date, a.article_id, a.title, a.source, a.published_at, a.reading_level AS article_level,
       p.paragraph_index, p.text, p.word_count, p.reading_grade, p.sentiment_compound, p.sentiment_label,
       p.key_sentence
FROM lede_articles a JOIN lede_paragraphs p
  ON p.article_id = a.article_id AND p.run_date = a.run_date;

-- one row per run date (duplicates of earlier runs left out)
CREATE OR REPLACE VIEW lede_daily AS
SELECT run_date, count(*) AS articles, sum(paragraph_count) AS paragraphs, sum(word_count) AS words,
       avg(reading_grade) AS mean_grade, percentile_approx(reading_grade, 0.5) AS median_grade,
       avg(sentiment_compound) AS mean_sentiment,
       count_if(sentiment_label = 'positive') AS positive, count_if(sentiment_label = 'negative') AS negative
FROM lede_articles
WHERE NOT array_contains(flags, 'duplicate_content')
GROUP BY run_date;

-- one row per run date and source
CREATE OR REPLACE VIEW lede_daily_by_source AS
SELECT run_date, coalesce(source, 'unknown') AS source, count(*) AS articles,
       avg(reading_grade) AS mean_grade, avg(sentiment_compound) AS mean_sentiment
FROM lede_articles
WHERE NOT array_contains(flags, 'duplicate_content')
GROUP BY run_date, coalesce(source, 'unknown');
