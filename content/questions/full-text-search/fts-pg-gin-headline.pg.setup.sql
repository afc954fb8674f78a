CREATE INDEX articles_search ON articles USING gin (to_tsvector('english', title || ' ' || body));
