-- authors.name is neither a primary key nor UNIQUE.
CREATE TABLE reviews (
  id INTEGER PRIMARY KEY,
  author_name TEXT REFERENCES authors (name)
);
