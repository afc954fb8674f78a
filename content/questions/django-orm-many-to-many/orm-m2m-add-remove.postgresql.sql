-- query 1 of 9
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE "shop_product"."name" = 'Mechanical Keyboard'
LIMIT 21;

-- query 2 of 9
SELECT "shop_tag"."id",
       "shop_tag"."name"
FROM "shop_tag"
WHERE "shop_tag"."name" IN ('gift', 'new')
ORDER BY "shop_tag"."name" ASC;

-- query 3 of 9
BEGIN;

-- query 4 of 9
INSERT INTO "shop_product_tags" ("product_id",
                                 "tag_id")
VALUES (5, 2),
       (5, 4) ON CONFLICT DO NOTHING;

-- query 5 of 9
COMMIT;

-- query 6 of 9
BEGIN;

-- query 7 of 9
DELETE
FROM "shop_product_tags"
WHERE ("shop_product_tags"."product_id" = 5
       AND "shop_product_tags"."tag_id" IN (2));

-- query 8 of 9
COMMIT;

-- query 9 of 9
SELECT "shop_tag"."id",
       "shop_tag"."name"
FROM "shop_tag"
INNER JOIN "shop_product_tags" ON ("shop_tag"."id" = "shop_product_tags"."tag_id")
WHERE "shop_product_tags"."product_id" = 5;
