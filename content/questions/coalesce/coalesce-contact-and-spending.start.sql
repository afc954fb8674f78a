-- Tables: customers (id, name, mobile, phone, …) and orders (customer_id, status, total_cents, …).
SELECT c.name, c.mobile AS contact, 0 AS spent_cents
FROM customers AS c
ORDER BY c.id;
