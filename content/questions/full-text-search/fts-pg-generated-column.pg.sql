-- A stored tsvector column, with an explicit configuration: PostgreSQL accepts it.
ALTER TABLE articles ADD COLUMN search tsvector
  GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || body)) STORED;
SELECT id, title FROM articles WHERE search @@ websearch_to_tsquery('english', 'migrations') ORDER BY id;
-- Without one, to_tsvector depends on the default_text_search_config setting: refused.
ALTER TABLE articles ADD COLUMN search_default tsvector
  GENERATED ALWAYS AS (to_tsvector(title || ' ' || body)) STORED;
