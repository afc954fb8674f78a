-- The hub and the skillet are dearer now.
UPDATE shop_product SET price_cents = 4499 WHERE id = 4;
UPDATE shop_product SET price_cents = 4900 WHERE id = 12;
