-- Table: shop_product (id, name, category_id, price_cents, stock, is_active)
SELECT p.id AS product_id
FROM shop_product AS p;
