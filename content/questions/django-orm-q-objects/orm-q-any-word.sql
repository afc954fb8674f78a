SELECT "shop_product"."name"
FROM "shop_product"
WHERE ("shop_product"."name" LIKE '%laptop%' ESCAPE '\' OR "shop_product"."name" LIKE '%mouse%' ESCAPE '\' OR "shop_product"."name" LIKE '%knife%' ESCAPE '\')
ORDER BY "shop_product"."id" ASC;
