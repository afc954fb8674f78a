-- A small online coffee shop: customers, their orders, the product catalogue, and newsletter sign-ups.
-- Used by the UNION, query optimisation, pagination and COALESCE questions.
-- Money is in cents (integers), so sums are exact.
CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT NOT NULL UNIQUE,
  city TEXT NOT NULL,
  mobile TEXT,            -- NULL when never asked; '' when the form was left blank
  phone TEXT,             -- landline, same convention
  signed_up_on TEXT NOT NULL  -- ISO 8601 date
);

CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers (id),
  placed_at TEXT NOT NULL,  -- 'YYYY-MM-DD HH:MM', so text order is time order
  status TEXT NOT NULL CHECK (status IN ('paid', 'shipped', 'delivered', 'cancelled')),
  total_cents INTEGER NOT NULL
);

CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  price_cents INTEGER NOT NULL,
  sale_price_cents INTEGER  -- NULL when the product is not on sale
);

CREATE TABLE newsletter_subscribers (
  email TEXT PRIMARY KEY,
  subscribed_on TEXT NOT NULL  -- ISO 8601 date
);

INSERT INTO customers (id, name, email, city, mobile, phone, signed_up_on) VALUES
  (1, 'Olivia Martin', 'olivia@example.com', 'Lyon', '+33 6 12 34 56 78', '+33 4 72 10 20 30', '2025-11-03'),
  (2, 'Noah Becker', 'noah@example.com', 'Berlin', '+49 151 2345 6789', NULL, '2025-11-03'),
  (3, 'Sofia Rossi', 'sofia@example.com', 'Milan', NULL, '+39 02 1234 5678', '2025-12-14'),
  (4, 'Liam Murphy', 'liam@example.com', 'Dublin', NULL, NULL, '2026-01-08'),
  (5, 'Emma Jansen', 'emma@example.com', 'Utrecht', '', '+31 30 123 4567', '2026-01-21'),
  (6, 'Mateo García', 'mateo@example.com', 'Madrid', '', NULL, '2026-02-02'),
  (7, 'Aisha Khan', 'aisha@example.com', 'London', '+44 7700 900123', NULL, '2026-02-15'),
  (8, 'Lucas Silva', 'lucas@example.com', 'Lisbon', '+351 912 345 678', NULL, '2026-03-01');  -- no orders yet

INSERT INTO orders (id, customer_id, placed_at, status, total_cents) VALUES
  (1, 1, '2026-01-12 09:14', 'delivered', 4800),
  (2, 2, '2026-01-19 18:02', 'delivered', 2400),
  (3, 3, '2026-01-27 12:40', 'delivered', 12900),
  (4, 1, '2026-02-03 08:55', 'delivered', 2200),
  (5, 5, '2026-02-10 21:17', 'cancelled', 4500),
  (6, 3, '2026-02-18 07:30', 'delivered', 3000),
  (7, 6, '2026-02-25 13:05', 'delivered', 1800),
  (8, 2, '2026-03-04 10:48', 'delivered', 9900),
  (9, 7, '2026-03-11 16:20', 'delivered', 600),
  (10, 4, '2026-03-14 11:00', 'shipped', 6300),
  (11, 3, '2026-03-20 19:45', 'shipped', 2400),
  (12, 1, '2026-03-20 19:45', 'shipped', 3900),  -- placed in the same minute as order 11
  (13, 5, '2026-03-27 09:12', 'paid', 2400),
  (14, 7, '2026-04-02 14:33', 'paid', 10500),
  (15, 3, '2026-04-06 20:01', 'paid', 1200),
  (16, 2, '2026-04-09 08:26', 'paid', 4200);

INSERT INTO products (id, name, price_cents, sale_price_cents) VALUES
  (1, 'Espresso beans, 1 kg', 2400, NULL),
  (2, 'Pour-over kettle', 4500, 3900),
  (3, 'Ceramic dripper', 2200, NULL),
  (4, 'Paper filters, 100', 600, NULL),
  (5, 'Burr grinder', 12900, 9900),
  (6, 'Travel mug', 1800, NULL);

INSERT INTO newsletter_subscribers (email, subscribed_on) VALUES
  ('olivia@example.com', '2025-11-03'),  -- also a customer
  ('yuki@example.com', '2025-12-14'),
  ('noah@example.com', '2025-12-20'),    -- also a customer
  ('ines@example.com', '2026-01-08'),
  ('sofia@example.com', '2026-01-30'),   -- also a customer
  ('tom@example.com', '2026-02-02'),
  ('priya@example.com', '2026-03-09');
