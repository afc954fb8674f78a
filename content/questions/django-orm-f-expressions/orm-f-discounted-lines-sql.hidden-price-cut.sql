-- The Chef's Knife is on sale now.
UPDATE shop_product SET price_cents = 7900 WHERE id = 10;
