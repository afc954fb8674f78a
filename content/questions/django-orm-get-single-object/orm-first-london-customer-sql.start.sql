-- Table: shop_customer (id, name, email, city, joined_on)
SELECT id, name, joined_on
FROM shop_customer
WHERE city = 'London';
