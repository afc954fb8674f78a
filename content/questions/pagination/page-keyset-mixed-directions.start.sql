-- Table: orders (id, customer_id, placed_at, status, total_cents).
-- The list's order; the page before ended with order 2 (total_cents 2400).
SELECT id, total_cents
FROM orders
ORDER BY total_cents DESC, id ASC
LIMIT 5;
