SELECT "shop_product"."name"
FROM "shop_product"
WHERE "shop_product"."name"::text LIKE '%pro%'
ORDER BY "shop_product"."id" ASC;
