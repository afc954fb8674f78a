-- query 1 of 12
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE "shop_product"."name" = 'Wireless Mouse'
LIMIT 21;

-- query 2 of 12
SELECT "shop_tag"."id",
       "shop_tag"."name"
FROM "shop_tag"
WHERE "shop_tag"."name" IN ('sale', 'clearance')
ORDER BY "shop_tag"."name" ASC;

-- query 3 of 12
BEGIN;

-- query 4 of 12
SELECT "shop_tag"."id"
FROM "shop_tag"
INNER JOIN "shop_product_tags" ON ("shop_tag"."id" = "shop_product_tags"."tag_id")
WHERE "shop_product_tags"."product_id" = 2;

-- query 5 of 12
DELETE
FROM "shop_product_tags"
WHERE ("shop_product_tags"."product_id" = 2
       AND "shop_product_tags"."tag_id" IN (1));

-- query 6 of 12
INSERT INTO "shop_product_tags" ("product_id",
                                 "tag_id")
VALUES (2, 6) ON CONFLICT DO NOTHING;

-- query 7 of 12
COMMIT;

-- query 8 of 12
SELECT "shop_tag"."id",
       "shop_tag"."name"
FROM "shop_tag"
INNER JOIN "shop_product_tags" ON ("shop_tag"."id" = "shop_product_tags"."tag_id")
WHERE "shop_product_tags"."product_id" = 2
ORDER BY "shop_tag"."name" ASC;

-- query 9 of 12
BEGIN;

-- query 10 of 12
DELETE
FROM "shop_product_tags"
WHERE "shop_product_tags"."product_id" = 2;

-- query 11 of 12
COMMIT;

-- query 12 of 12
SELECT COUNT(*) AS "__count"
FROM "shop_tag"
INNER JOIN "shop_product_tags" ON ("shop_tag"."id" = "shop_product_tags"."tag_id")
WHERE "shop_product_tags"."product_id" = 2;
