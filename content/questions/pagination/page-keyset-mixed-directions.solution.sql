SELECT id, total_cents
FROM orders
WHERE total_cents < 2400
   OR (total_cents = 2400 AND id > 2)
ORDER BY total_cents DESC, id ASC
LIMIT 5;
