-- customers(id, name, email, city, mobile, phone, signed_up_on)
-- orders(id, customer_id, placed_at, status, total_cents)
SELECT c.id, c.name, o.id AS order_id
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
ORDER BY c.id;
