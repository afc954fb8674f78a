-- A lending library: authors, their books, and who borrowed which book.
-- Used by the TRUNCATE/DELETE/DROP, migrations, foreign key and backup questions.
CREATE TABLE authors (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  born INTEGER  -- year
);

CREATE TABLE books (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  -- Removing an author keeps their books, with the author unknown.
  author_id INTEGER REFERENCES authors (id) ON DELETE SET NULL,
  published INTEGER NOT NULL  -- year
);

CREATE TABLE loans (
  -- AUTOINCREMENT, as Django's AutoField uses on SQLite: ids are never reused.
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  -- Removing a book removes its loan history with it.
  book_id INTEGER NOT NULL REFERENCES books (id) ON DELETE CASCADE,
  borrower TEXT NOT NULL,
  loaned_on TEXT NOT NULL,  -- ISO 8601 date
  returned_on TEXT          -- NULL while the book is out
);

CREATE INDEX books_author_id ON books (author_id);
CREATE INDEX loans_book_id ON loans (book_id);

INSERT INTO authors (id, name, born) VALUES
  (1, 'Ursula K. Le Guin', 1929),
  (2, 'Octavia E. Butler', 1947),
  (3, 'Terry Pratchett', 1948),
  (4, 'Toni Morrison', 1931),
  (5, 'Italo Calvino', 1923);

INSERT INTO books (id, title, author_id, published) VALUES
  (1, 'A Wizard of Earthsea', 1, 1968),
  (2, 'The Left Hand of Darkness', 1, 1969),
  (3, 'The Dispossessed', 1, 1974),
  (4, 'Kindred', 2, 1979),
  (5, 'Parable of the Sower', 2, 1993),
  (6, 'Guards! Guards!', 3, 1989),
  (7, 'Small Gods', 3, 1992),
  (8, 'Beloved', 4, 1987),
  (9, 'Invisible Cities', 5, 1972),
  (10, 'If on a Winter''s Night a Traveler', 5, 1979);

INSERT INTO loans (id, book_id, borrower, loaned_on, returned_on) VALUES
  (1, 1, 'Priya', '2026-01-05', '2026-01-19'),
  (2, 4, 'Sam', '2026-01-08', '2026-01-30'),
  (3, 6, 'Priya', '2026-01-20', '2026-02-02'),
  (4, 8, 'Noor', '2026-02-01', '2026-02-20'),
  (5, 1, 'Sam', '2026-02-03', '2026-02-17'),
  (6, 9, 'Lena', '2026-02-10', '2026-03-01'),
  (7, 2, 'Noor', '2026-02-22', '2026-03-10'),
  (8, 7, 'Priya', '2026-03-02', '2026-03-16'),
  (9, 4, 'Lena', '2026-03-05', NULL),
  (10, 5, 'Sam', '2026-03-12', NULL),
  (11, 6, 'Noor', '2026-03-15', NULL),
  (12, 10, 'Priya', '2026-03-20', NULL);
