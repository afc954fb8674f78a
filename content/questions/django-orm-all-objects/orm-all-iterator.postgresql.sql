DECLARE "_django_curs_1_sync_1" NO SCROLL
CURSOR WITH HOLD
FOR
SELECT "shop_product"."id",
       "shop_product"."name"
FROM "shop_product"
ORDER BY "shop_product"."id" ASC;
