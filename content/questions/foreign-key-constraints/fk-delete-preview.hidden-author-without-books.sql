-- An author born before 1930 whose books the library does not own.
INSERT INTO authors (id, name, born) VALUES
  (6, 'Jorge Luis Borges', 1899);
