-- Two April sign-ups; neither opens the app in May.
INSERT INTO app_users (id, name, signed_up_on) VALUES
  (9, 'Ines', '2026-04-03'),
  (10, 'Jonas', '2026-04-19');
INSERT INTO events (id, user_id, occurred_at) VALUES
  (41, 9, '2026-04-03 10:00:00'),
  (42, 10, '2026-04-19 17:30:00');
