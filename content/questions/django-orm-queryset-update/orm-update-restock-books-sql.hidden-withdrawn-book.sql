-- SQL Performance Explained is out of print and no longer sold.
UPDATE shop_product SET is_active = 0 WHERE id = 8;
