-- Table: customers (id, name, email, city, mobile, phone, signed_up_on).
SELECT name, mobile AS contact
FROM customers
ORDER BY id;
