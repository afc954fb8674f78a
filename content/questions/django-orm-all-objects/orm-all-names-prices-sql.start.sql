-- Table: shop_product (id, name, category_id, price_cents, stock, is_active)
SELECT *
FROM shop_product;
