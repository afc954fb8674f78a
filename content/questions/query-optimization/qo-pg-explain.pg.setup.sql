CREATE INDEX orders_customer_placed ON orders (customer_id, placed_at);
ANALYZE orders;
