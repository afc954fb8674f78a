-- A newsletter's contact list, merged from several sign-up sources, so the same person can appear
-- more than once. Used by the practice problems on finding and deleting duplicate rows.
CREATE TABLE contacts (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT,              -- NULL for people who signed up by phone
  source TEXT NOT NULL,    -- where the sign-up came from
  signed_up_at TEXT NOT NULL  -- 'YYYY-MM-DD HH:MM'
);

INSERT INTO contacts (id, name, email, source, signed_up_at) VALUES
  (1, 'Ana Lima', 'ana@example.com', 'website', '2026-01-04 09:12'),
  (2, 'Ben Okoro', 'ben@example.com', 'website', '2026-01-05 18:40'),
  (3, 'Chloé Dubois', 'chloe@example.com', 'trade fair', '2026-01-09 11:05'),
  (4, 'Ana Lima', 'ana@example.com', 'trade fair', '2026-01-09 11:20'),   -- signed up again
  (5, 'Dmitri Volkov', NULL, 'phone', '2026-01-12 15:30'),               -- no email
  (6, 'Eva Horvat', 'eva@example.com', 'website', '2026-01-14 08:02'),
  (7, 'Ana Lima', 'ana@example.com', 'spreadsheet import', '2026-02-01 10:00'),  -- a third copy
  (8, 'Gil Cohen', 'gil@example.com', 'website', '2026-02-03 21:15'),
  (9, 'Chloé Dubois', 'chloe@example.com', 'website', '2026-02-11 07:45'),
  (10, 'Hana Sato', 'hana@example.com', 'trade fair', '2026-02-20 13:10');
