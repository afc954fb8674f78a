-- SUM over a customer with no orders is NULL, not 0: the COALESCE around the aggregate is missing.
SELECT c.name,
       COALESCE(NULLIF(c.mobile, ''), NULLIF(c.phone, ''), 'no phone') AS contact,
       SUM(o.total_cents) AS spent_cents
FROM customers AS c
LEFT JOIN orders AS o
  ON o.customer_id = c.id
 AND o.status <> 'cancelled'
GROUP BY c.id, c.name, c.mobile, c.phone
ORDER BY c.id;
