-- A second account called Savings, opened for a reserve fund, with its first deposit.
INSERT INTO accounts (id, name, opening_balance_cents, opened_on) VALUES
  (4, 'Savings', 50000, '2026-02-01');
INSERT INTO transactions (id, account_id, posted_on, amount_cents, memo) VALUES
  (15, 4, '2026-02-02', 100000, 'Transfer from current account');
