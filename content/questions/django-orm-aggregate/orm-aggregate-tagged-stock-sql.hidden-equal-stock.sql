-- A delivery brings Designing Data-Intensive Applications to the same stock as the Chef's Knife.
UPDATE shop_product SET stock = 15 WHERE id = 7;
