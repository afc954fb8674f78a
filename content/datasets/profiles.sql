-- A change feed of customer profiles, copied from a billing system into the warehouse: every
-- change to a profile arrives as a new row with the time it was made, and a deletion arrives as
-- a row with deleted = 1. A feed like this can deliver the same row twice. Used by the practice
-- problem on keeping the latest version of each record. Awkward rows: a profile changed several
-- times, including its email; a customer deleted after some changes.
CREATE TABLE profile_changes (
  id INTEGER PRIMARY KEY,        -- the order the rows arrived in
  customer_id INTEGER NOT NULL,
  email TEXT NOT NULL,
  plan TEXT NOT NULL,            -- 'free', 'pro' or 'team'
  city TEXT NOT NULL,
  changed_at TEXT NOT NULL,      -- when the change was made, 'YYYY-MM-DD HH:MM:SS', UTC
  deleted INTEGER NOT NULL DEFAULT 0  -- 1: the customer was deleted at changed_at
);

INSERT INTO profile_changes (id, customer_id, email, plan, city, changed_at, deleted) VALUES
  (1, 101, 'mira@example.com', 'free', 'Oslo', '2026-01-03 09:00:00', 0),
  (2, 102, 'tariq@example.com', 'pro', 'Leeds', '2026-01-04 14:30:00', 0),
  (3, 103, 'june@example.com', 'free', 'Porto', '2026-01-05 08:15:00', 0),
  (4, 101, 'mira@example.com', 'pro', 'Oslo', '2026-01-20 17:45:00', 0),     -- upgraded
  (5, 104, 'ravi.k@example.com', 'team', 'Pune', '2026-01-22 11:00:00', 0),
  (6, 103, 'june@example.com', 'pro', 'Porto', '2026-02-01 10:00:00', 0),
  (7, 102, 'tariq@example.com', 'pro', 'York', '2026-02-03 12:20:00', 0),    -- moved
  (8, 104, 'ravi.k@example.com', 'team', 'Pune', '2026-02-10 16:05:00', 1),  -- account deleted
  (9, 101, 'mira.l@example.com', 'pro', 'Bergen', '2026-02-14 07:30:00', 0);
