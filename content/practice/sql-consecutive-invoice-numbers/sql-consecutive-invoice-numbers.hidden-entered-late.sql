-- Invoice 1005 was found in a drawer and entered in April.
INSERT INTO invoices (id, number, issued_on, client, amount_cents) VALUES
  (12, 1005, '2026-02-06', 'Museo Verde', 64000);
