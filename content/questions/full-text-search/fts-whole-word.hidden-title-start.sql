-- An article whose title begins with the word; the body never uses it.
INSERT INTO articles (id, title, body, published_on) VALUES
  (12, 'SQL for Django developers',
   'The ORM writes most queries for you, but reading them is a skill: learn joins, grouping and indexes.',
   '2026-03-24');
