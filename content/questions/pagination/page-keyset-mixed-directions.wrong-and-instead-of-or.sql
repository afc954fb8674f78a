-- Joining the two conditions with AND keeps only ids above the cursor's, so an order with a smaller total and a smaller id is lost.
SELECT id, total_cents
FROM orders
WHERE total_cents <= 2400 AND id > 2
ORDER BY total_cents DESC, id ASC
LIMIT 5;
