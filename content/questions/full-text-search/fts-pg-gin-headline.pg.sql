-- Eleven rows are cheaper to read than any index: price sequential scans out to see which plans can use it.
SET enable_seqscan = off;
-- The index's expression, configuration included: a Bitmap Index Scan
EXPLAIN (COSTS OFF)
SELECT id FROM articles
WHERE to_tsvector('english', title || ' ' || body) @@ websearch_to_tsquery('english', 'indexes or migrations');
-- Without the configuration, another expression: the index cannot serve it
EXPLAIN (COSTS OFF)
SELECT id FROM articles
WHERE to_tsvector(title || ' ' || body) @@ websearch_to_tsquery('english', 'indexes or migrations');
-- ts_headline: an excerpt of each match with the matching words marked
SELECT id,
       ts_headline('english', body, websearch_to_tsquery('english', 'indexes or migrations'), 'MaxWords=12, MinWords=5') AS excerpt
FROM articles
WHERE to_tsvector('english', title || ' ' || body) @@ websearch_to_tsquery('english', 'indexes or migrations')
ORDER BY id;
