-- While the reader looks at page 1, a new order comes in.
INSERT INTO orders (id, customer_id, placed_at, status, total_cents)
VALUES (17, 8, '2026-04-10 10:02', 'paid', 2400);
