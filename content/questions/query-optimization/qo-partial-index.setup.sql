-- Only the orders still waiting to ship go into this index.
CREATE INDEX orders_paid_placed ON orders (placed_at) WHERE status = 'paid';
