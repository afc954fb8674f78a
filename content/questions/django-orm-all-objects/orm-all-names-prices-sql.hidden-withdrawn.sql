-- Two more products are no longer sold.
UPDATE shop_product SET is_active = 0 WHERE id IN (4, 8);
