-- An anonymous author with no known birth year, and a book by them.
INSERT INTO authors (id, name, born) VALUES
  (6, 'Anonymous', NULL);
INSERT INTO books (id, title, author_id, published) VALUES
  (11, 'The Arabian Nights', 6, 1706);
