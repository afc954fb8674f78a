-- One row per customer: name, spent_cents (cancelled orders do not count)
SELECT c.name
FROM customers AS c;
