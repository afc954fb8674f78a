-- OFFSET counts rows from the top, so a row added or removed on an earlier page shifts this page by one.
SELECT id, total_cents
FROM orders
ORDER BY total_cents DESC, id ASC
LIMIT 5 OFFSET 10;
