-- A new account that has not sent or received anything yet.
INSERT INTO accounts (id, owner, balance) VALUES
  (6, 'Frank', 80);
