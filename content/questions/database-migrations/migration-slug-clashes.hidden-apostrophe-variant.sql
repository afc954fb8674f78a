-- A volunteer catalogues Calvino's novel again, without the apostrophe and with other capitals.
INSERT INTO books (id, title, author_id, published) VALUES
  (11, 'If On A Winters Night A Traveler', 5, 1981);
