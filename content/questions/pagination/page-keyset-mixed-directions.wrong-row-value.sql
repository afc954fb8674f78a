-- The row-value comparison assumes both keys descend, so it takes the smaller ids among the 2400 ties, which come before order 2.
SELECT id, total_cents
FROM orders
WHERE (total_cents, id) < (2400, 2)
ORDER BY total_cents DESC, id ASC
LIMIT 5;
