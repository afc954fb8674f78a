-- A customer who was never asked for a mobile and submitted the landline field empty.
INSERT INTO customers (id, name, email, city, mobile, phone, signed_up_on) VALUES
  (9, 'Hana Sato', 'hana@example.com', 'Osaka', NULL, '', '2026-03-05');
