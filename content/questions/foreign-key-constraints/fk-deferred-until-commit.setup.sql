-- A child table whose foreign key is declared the way Django declares its own:
-- checked when the transaction commits, not after each statement.
CREATE TABLE reviews (
  id INTEGER PRIMARY KEY,
  book_id INTEGER NOT NULL REFERENCES books (id) DEFERRABLE INITIALLY DEFERRED,
  stars INTEGER NOT NULL
);
