-- Without the id in the condition, the other orders of 2400 after order 2 are skipped.
SELECT id, total_cents
FROM orders
WHERE total_cents < 2400
ORDER BY total_cents DESC, id ASC
LIMIT 5;
