-- A customer moved from the old system, who joined in 2022.
INSERT INTO shop_customer (id, name, email, city, joined_on) VALUES
  (9, 'Ivy Turner', 'ivy@example.com', 'London', '2022-10-03');
