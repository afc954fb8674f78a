-- A mobile app: its users and every time they opened it, from January to April 2026 (UTC).
-- Used by the practice problems on consecutive days, sessions, retention, cumulative users and
-- daily active users. Awkward rows: several events on one day, a session crossing midnight,
-- users with gaps, a user who signed up but never came back, days in March with no one active.
CREATE TABLE app_users (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  signed_up_on TEXT NOT NULL  -- ISO 8601 date
);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES app_users (id),
  occurred_at TEXT NOT NULL  -- 'YYYY-MM-DD HH:MM:SS', UTC
);

INSERT INTO app_users (id, name, signed_up_on) VALUES
  (1, 'Maya', '2026-01-14'),
  (2, 'Omar', '2026-01-22'),
  (3, 'Lea', '2026-01-30'),
  (4, 'Ravi', '2026-02-03'),
  (5, 'Sofia', '2026-02-17'),
  (6, 'Tomás', '2026-02-25'),
  (7, 'Yara', '2026-03-05'),
  (8, 'Zoe', '2026-03-28');  -- signed up, never opened the app

INSERT INTO events (id, user_id, occurred_at) VALUES
  (1, 1, '2026-01-14 10:00:00'),
  (2, 2, '2026-01-22 12:00:00'),
  (3, 2, '2026-01-23 12:30:00'),
  (4, 3, '2026-01-30 16:00:00'),
  (5, 3, '2026-01-31 16:20:00'),
  (6, 1, '2026-02-02 08:30:00'),
  (7, 1, '2026-02-03 08:45:00'),
  (8, 4, '2026-02-03 09:00:00'),
  (9, 1, '2026-02-04 19:20:00'),
  (10, 4, '2026-02-05 09:00:00'),
  (11, 2, '2026-02-10 18:00:00'),
  (12, 2, '2026-02-10 18:25:00'),
  (13, 2, '2026-02-10 19:05:00'),  -- 40 minutes later: a new session
  (14, 5, '2026-02-17 20:00:00'),
  (15, 5, '2026-02-18 20:10:00'),
  (16, 6, '2026-02-25 13:00:00'),
  (17, 1, '2026-03-02 09:00:00'),
  (18, 1, '2026-03-02 09:10:00'),
  (19, 1, '2026-03-02 09:38:00'),  -- 28 minutes later: the same session
  (20, 1, '2026-03-02 14:05:00'),
  (21, 1, '2026-03-03 21:50:00'),
  (22, 1, '2026-03-04 07:15:00'),
  (23, 7, '2026-03-05 10:00:00'),
  (24, 7, '2026-03-05 10:45:00'),
  (25, 4, '2026-03-06 11:00:00'),
  (26, 4, '2026-03-07 11:00:00'),
  (27, 4, '2026-03-07 11:20:00'),
  (28, 4, '2026-03-08 12:00:00'),
  (29, 4, '2026-03-09 12:30:00'),
  (30, 2, '2026-03-10 23:50:00'),
  (31, 2, '2026-03-11 00:10:00'),  -- the session goes on past midnight
  (32, 2, '2026-03-12 08:00:00'),
  (33, 3, '2026-03-15 10:00:00'),
  (34, 3, '2026-03-17 10:00:00'),
  (35, 6, '2026-03-20 13:00:00'),
  (36, 6, '2026-03-21 13:00:00'),
  (37, 7, '2026-03-26 18:00:00'),
  (38, 6, '2026-03-30 22:00:00'),
  (39, 5, '2026-04-02 08:00:00'),
  (40, 7, '2026-04-07 09:00:00');
