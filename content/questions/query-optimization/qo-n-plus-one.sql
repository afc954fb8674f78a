-- One query for the three newest orders...
SELECT id, customer_id, total_cents FROM orders ORDER BY placed_at DESC LIMIT 3;

-- ...then one more query per order, to show its customer's name.
SELECT name FROM customers WHERE id = 2;
SELECT name FROM customers WHERE id = 3;
SELECT name FROM customers WHERE id = 7;
