-- Table: orders (id, customer_id, placed_at, status, total_cents).
-- Display order: placed_at DESC, id DESC. The current page starts with order 6 ('2026-02-18 07:30').
SELECT id, placed_at
FROM orders
ORDER BY placed_at DESC, id DESC
LIMIT 5;
