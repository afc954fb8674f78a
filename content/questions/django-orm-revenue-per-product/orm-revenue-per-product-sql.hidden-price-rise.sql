-- The cast iron skillet now costs more than anyone paid for it.
UPDATE shop_product SET price_cents = 5900 WHERE id = 12;
