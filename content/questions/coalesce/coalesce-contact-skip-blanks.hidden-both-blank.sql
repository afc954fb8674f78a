-- A customer who submitted both phone fields empty.
INSERT INTO customers (id, name, email, city, mobile, phone, signed_up_on) VALUES
  (9, 'Jonas Berg', 'jonas@example.com', 'Oslo', '', '', '2026-03-06');
