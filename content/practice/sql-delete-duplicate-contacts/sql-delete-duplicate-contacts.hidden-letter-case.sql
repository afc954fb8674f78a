-- Ben signed up again at a trade fair, his address typed with capitals.
INSERT INTO contacts (id, name, email, source, signed_up_at) VALUES
  (11, 'Ben Okoro', 'Ben.Okoro@Example.com', 'trade fair', '2026-03-02 10:30'),
  (12, 'Ben Okoro', 'ben.okoro@example.com', 'website', '2026-03-03 09:00');
