-- The word in lower case, hyphenated, next to lookalike words that only contain the letters.
INSERT INTO articles (id, title, body, published_on) VALUES
  (12, 'When to drop down to raw queries',
   'Sometimes raw sql, with bound parameters, is clearer than a tangled ORM expression; mind sql-injection.',
   '2026-03-24'),
  (13, 'Document stores',
   'NoSQL databases drop joins; sqlite3 and MySQL8 keep them.',
   '2026-03-31');
