-- A small developer blog: articles with a title and body text.
-- Used by the full-text search question.
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  published_on TEXT NOT NULL  -- ISO 8601 date
);

INSERT INTO articles (id, title, body, published_on) VALUES
  (1, 'Getting started with the Django ORM',
   'Models describe your tables and the ORM writes the SQL. A QuerySet is lazy: nothing reaches the database until you iterate over it.',
   '2026-01-06'),
  (2, 'Why your Django query is slow',
   'Most slow pages run one query per row. Use select_related and prefetch_related, and check the SQL the ORM sends to the database.',
   '2026-01-13'),
  (3, 'Indexes explained',
   'An index lets the database find rows without reading the whole table. Every index also slows down writes, so add indexes for the queries you actually run.',
   '2026-01-20'),
  (4, 'Full-text search in PostgreSQL',
   'PostgreSQL turns text into a tsvector of normalised words and matches it against a tsquery. A GIN index makes full-text search fast.',
   '2026-01-27'),
  (5, 'Migrating data safely',
   'Add the column, backfill the data in batches, then add the constraint. A data migration that locks a big table can take the site down.',
   '2026-02-03'),
  (6, 'SQLite in production',
   'SQLite is a library, not a server: the database is one file. It handles many readers but one writer at a time, which suits most small sites.',
   '2026-02-10'),
  (7, 'Reading a query plan',
   'EXPLAIN shows how the query planner will run a query: which index it uses and where it scans a whole table.',
   '2026-02-17'),
  (8, 'Database transactions for web developers',
   'A transaction makes several changes succeed or fail together. Keep transactions short: long ones hold locks and cause timeouts.',
   '2026-02-24'),
  (9, 'Testing Django apps with a real database',
   'Django tests run inside a transaction that is rolled back after each test, so the database starts clean every time.',
   '2026-03-03'),
  (10, 'Caching query results',
   'Caching the results of an expensive query saves the database work, but stale data is the price. Invalidate the cache when the data changes.',
   '2026-03-10'),
  (11, 'MySQL, PostgreSQL or SQLite?',
   'Pick the database your team can run. SQLite needs no server; PostgreSQL has the richest SQL; MySQL is everywhere.',
   '2026-03-17');
