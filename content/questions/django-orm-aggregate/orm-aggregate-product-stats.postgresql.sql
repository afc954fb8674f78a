SELECT MIN("shop_product"."price_cents") AS "cheapest",
       MAX("shop_product"."price_cents") AS "dearest",
       COUNT("shop_product"."id") AS "id__count",
       SUM("shop_product"."stock") AS "stock__sum",
       AVG("shop_product"."price_cents") AS "price_cents__avg"
FROM "shop_product"
WHERE "shop_product"."is_active";
