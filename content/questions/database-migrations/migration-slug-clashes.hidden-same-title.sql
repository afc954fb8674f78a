-- A second edition of Kindred, catalogued under the same title.
INSERT INTO books (id, title, author_id, published) VALUES
  (11, 'Kindred', 2, 2003);
