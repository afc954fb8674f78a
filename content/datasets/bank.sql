-- A tiny bank: customer accounts and the money moved between them.
-- Used by the transaction isolation and deadlock questions.
CREATE TABLE accounts (
  id INTEGER PRIMARY KEY,
  owner TEXT NOT NULL,
  balance INTEGER NOT NULL CHECK (balance >= 0)  -- whole dollars; overdrafts are not allowed
);

CREATE TABLE transfers (
  id INTEGER PRIMARY KEY,
  from_account_id INTEGER NOT NULL REFERENCES accounts (id),
  to_account_id INTEGER NOT NULL REFERENCES accounts (id),
  amount INTEGER NOT NULL CHECK (amount > 0),
  made_at TEXT NOT NULL,  -- ISO 8601 timestamp
  CHECK (from_account_id <> to_account_id)
);

INSERT INTO accounts (id, owner, balance) VALUES
  (1, 'Alice', 500),
  (2, 'Bob', 300),
  (3, 'Carol', 1200),
  (4, 'Dave', 50),
  (5, 'Erin', 0);

INSERT INTO transfers (id, from_account_id, to_account_id, amount, made_at) VALUES
  (1, 1, 2, 100, '2026-03-02 09:15:00'),
  (2, 2, 1, 40, '2026-03-02 09:15:00'),
  (3, 3, 4, 250, '2026-03-02 11:30:00'),
  (4, 3, 5, 75, '2026-03-03 08:05:00'),
  (5, 4, 3, 60, '2026-03-03 08:05:00'),
  (6, 2, 5, 20, '2026-03-04 16:45:00'),
  (7, 5, 2, 10, '2026-03-04 16:45:00'),
  (8, 1, 3, 150, '2026-03-05 10:00:00');
