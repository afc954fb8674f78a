-- When every argument is NULL, so is the result.
SELECT COALESCE(NULL, NULL) AS all_null,
       COALESCE(NULL, NULL, 0) AS with_default;

-- The everyday case: SUM over no rows is NULL, not 0.
SELECT c.name,
       SUM(o.total_cents) AS spent_cents,
       COALESCE(SUM(o.total_cents), 0) AS spent_or_zero
FROM customers AS c
LEFT JOIN orders AS o
  ON o.customer_id = c.id AND o.status <> 'cancelled'
GROUP BY c.id
ORDER BY c.id;
