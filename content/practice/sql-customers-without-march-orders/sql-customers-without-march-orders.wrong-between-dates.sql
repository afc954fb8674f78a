-- BETWEEN '2026-03-01' AND '2026-03-31' compares text, and '2026-03-31 18:30' sorts after '2026-03-31', so orders on 31 March are not seen.
SELECT c.id, c.name
FROM customers AS c
LEFT JOIN orders AS o
  ON o.customer_id = c.id AND o.placed_at BETWEEN '2026-03-01' AND '2026-03-31'
WHERE o.id IS NULL
ORDER BY c.id;
