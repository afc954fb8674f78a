-- What the AddIndex migration runs (orm-slow-add-index).
CREATE INDEX "order_status_created_idx" ON "shop_order" ("status", "created_at");
