-- NULLIF is applied to the mobile only, so a blank landline '' still wins over the 'no phone' default.
SELECT c.name,
       COALESCE(NULLIF(c.mobile, ''), c.phone, 'no phone') AS contact,
       COALESCE(SUM(o.total_cents), 0) AS spent_cents
FROM customers AS c
LEFT JOIN orders AS o
  ON o.customer_id = c.id
 AND o.status <> 'cancelled'
GROUP BY c.id, c.name, c.mobile, c.phone
ORDER BY c.id;
