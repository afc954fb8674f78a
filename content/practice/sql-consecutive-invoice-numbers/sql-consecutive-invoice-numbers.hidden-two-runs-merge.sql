-- Invoice 1014, entered after 1015, fills the gap between the last two runs.
INSERT INTO invoices (id, number, issued_on, client, amount_cents) VALUES
  (12, 1014, '2026-03-27', 'Bakery Nord', 51000);
