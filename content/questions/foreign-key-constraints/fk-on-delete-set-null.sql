PRAGMA foreign_keys = ON;

DELETE FROM authors WHERE name = 'Ursula K. Le Guin';

SELECT id, title, author_id FROM books WHERE id <= 4 ORDER BY id;
