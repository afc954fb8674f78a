-- What Django creates for models.Index(Collate("email", "nocase"), name="customer_email_nocase_idx").
CREATE INDEX "customer_email_nocase_idx" ON "shop_customer" ("email" COLLATE "nocase");
