-- The page number turned into an offset shifts by one as soon as an order is added or removed before it.
SELECT id, placed_at
FROM orders
ORDER BY placed_at DESC, id DESC
LIMIT 5 OFFSET 5;
