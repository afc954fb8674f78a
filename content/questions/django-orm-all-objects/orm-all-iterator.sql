SELECT "shop_product"."id",
       "shop_product"."name"
FROM "shop_product"
ORDER BY "shop_product"."id" ASC;
