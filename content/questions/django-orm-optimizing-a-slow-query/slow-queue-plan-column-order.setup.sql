-- The same two columns, in the other order.
CREATE INDEX "order_created_status_idx" ON "shop_order" ("created_at", "status");
