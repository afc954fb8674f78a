-- A second phone sign-up, with no email.
INSERT INTO contacts (id, name, email, source, signed_up_at) VALUES
  (11, 'Farah Aziz', NULL, 'phone', '2026-03-02 10:30');
