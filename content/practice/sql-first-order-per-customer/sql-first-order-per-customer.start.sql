-- customers(id, name, email, city, mobile, phone, signed_up_on)
-- orders(id, customer_id, placed_at, status, total_cents)
--   placed_at is 'YYYY-MM-DD HH:MM'
SELECT c.name AS customer, o.id AS order_id, o.placed_at, o.status,
       o.total_cents
FROM orders AS o
JOIN customers AS c ON c.id = o.customer_id
ORDER BY customer, o.placed_at;
