-- The espresso machines sold out and the skillet was withdrawn.
UPDATE shop_product SET stock = 0 WHERE id = 11;
UPDATE shop_product SET is_active = 0 WHERE id = 12;
