-- A small design studio's books: its bank accounts with their transactions, and the invoices it
-- issued. Used by the practice problems on running balances and on runs of consecutive invoice
-- numbers (gaps and islands). Awkward rows: accounts that open with money in them, withdrawals,
-- an overdraft in February, and invoice numbers with gaps (drafts that were deleted).
-- Money is in cents (integers), so sums are exact.
CREATE TABLE accounts (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  opening_balance_cents INTEGER NOT NULL,  -- the balance before the first transaction below
  opened_on TEXT NOT NULL                  -- ISO 8601 date
);

CREATE TABLE transactions (
  id INTEGER PRIMARY KEY,                  -- same-day transactions were posted in id order
  account_id INTEGER NOT NULL REFERENCES accounts (id),
  posted_on TEXT NOT NULL,                 -- ISO 8601 date
  amount_cents INTEGER NOT NULL,           -- positive: money in; negative: money out
  memo TEXT NOT NULL
);

CREATE TABLE invoices (
  id INTEGER PRIMARY KEY,                  -- the order in which invoices were entered
  number INTEGER NOT NULL UNIQUE,          -- the number printed on the invoice
  issued_on TEXT NOT NULL,                 -- ISO 8601 date
  client TEXT NOT NULL,
  amount_cents INTEGER NOT NULL
);

INSERT INTO accounts (id, name, opening_balance_cents, opened_on) VALUES
  (1, 'Current account', 250000, '2026-01-01'),
  (2, 'Savings', 1000000, '2026-01-01'),
  (3, 'Tax reserve', 0, '2026-03-01');  -- no transactions yet

INSERT INTO transactions (id, account_id, posted_on, amount_cents, memo) VALUES
  (1, 1, '2026-01-05', -120000, 'Office rent'),
  (2, 1, '2026-01-12', 480000, 'Invoice 1001 paid'),
  (3, 2, '2026-01-15', 200000, 'Transfer from current account'),
  (4, 1, '2026-01-15', -200000, 'Transfer to savings'),
  (5, 1, '2026-01-28', -310000, 'Salaries'),
  (6, 1, '2026-02-05', -120000, 'Office rent'),
  (7, 1, '2026-02-09', 365000, 'Invoice 1003 paid'),
  (8, 2, '2026-02-28', 1850, 'Interest'),
  (9, 1, '2026-02-27', -310000, 'Salaries'),
  (10, 1, '2026-03-03', 520000, 'Invoice 1004 paid'),
  (11, 1, '2026-03-05', -120000, 'Office rent'),
  (12, 2, '2026-03-20', -150000, 'New laptops'),
  (13, 1, '2026-03-27', -310000, 'Salaries'),
  (14, 2, '2026-03-31', 1620, 'Interest');

INSERT INTO invoices (id, number, issued_on, client, amount_cents) VALUES
  (1, 1001, '2026-01-06', 'Bakery Nord', 480000),
  (2, 1002, '2026-01-14', 'Atlas Travel', 150000),
  (3, 1003, '2026-01-22', 'Bakery Nord', 365000),
  (4, 1004, '2026-02-02', 'Kite & Co', 520000),
  (5, 1006, '2026-02-10', 'Atlas Travel', 98000),
  (6, 1007, '2026-02-18', 'Museo Verde', 275000),
  (7, 1010, '2026-03-02', 'Kite & Co', 130000),
  (8, 1011, '2026-03-09', 'Bakery Nord', 210000),
  (9, 1012, '2026-03-16', 'Museo Verde', 88000),
  (10, 1013, '2026-03-23', 'Atlas Travel', 142000),
  (11, 1015, '2026-03-30', 'Kite & Co', 305000);
