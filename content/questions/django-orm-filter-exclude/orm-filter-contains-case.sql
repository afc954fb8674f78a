SELECT "shop_product"."name"
FROM "shop_product"
WHERE "shop_product"."name" LIKE '%pro%' ESCAPE '\'
ORDER BY "shop_product"."id" ASC;
