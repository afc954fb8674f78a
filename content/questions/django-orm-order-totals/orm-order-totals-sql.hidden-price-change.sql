-- The mouse and the knife are dearer now than when they were ordered.
UPDATE shop_product SET price_cents = 2999 WHERE id = 2;
UPDATE shop_product SET price_cents = 9500 WHERE id = 10;
