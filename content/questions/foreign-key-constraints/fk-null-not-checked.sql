PRAGMA foreign_keys = ON;

-- NULL means "no author": the foreign key does not look it up at all.
INSERT INTO books (title, author_id, published) VALUES ('Beowulf', NULL, 1000);

SELECT id, title, author_id FROM books WHERE author_id IS NULL ORDER BY id;
