SELECT "shop_product"."name",
       "shop_product"."price_cents"
FROM "shop_product"
ORDER BY "shop_product"."name" ASC;
