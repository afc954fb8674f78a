-- query 1 of 4
BEGIN;

-- query 2 of 4
UPDATE shop_product
SET stock = stock - 1
WHERE id = 4;

-- query 3 of 4
UPDATE shop_product
SET stock = stock - 1
WHERE id = 2;

-- query 4 of 4
ROLLBACK;
