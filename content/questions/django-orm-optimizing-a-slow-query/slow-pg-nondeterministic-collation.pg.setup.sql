-- A case-insensitive ICU collation, and a copy of email in it (what db_collation= would give the column)
CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
ALTER TABLE "shop_customer" ADD COLUMN "email_ci" varchar(254) COLLATE case_insensitive;
UPDATE "shop_customer" SET "email_ci" = "email";
