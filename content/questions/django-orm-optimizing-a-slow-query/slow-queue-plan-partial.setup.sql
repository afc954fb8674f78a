-- What Django creates for models.Index(fields=["created_at"], condition=Q(status="paid"), name="order_paid_created_idx").
CREATE INDEX "order_paid_created_idx" ON "shop_order" ("created_at") WHERE "status" = 'paid';
