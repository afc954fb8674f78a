-- An early user from December, back in January.
INSERT INTO app_users (id, name, signed_up_on) VALUES
  (9, 'Ines', '2025-12-20');
INSERT INTO events (id, user_id, occurred_at) VALUES
  (41, 9, '2025-12-20 10:00:00'),
  (42, 9, '2026-01-05 08:15:00');
