CREATE INDEX products_sale_price ON products (sale_price_cents);
