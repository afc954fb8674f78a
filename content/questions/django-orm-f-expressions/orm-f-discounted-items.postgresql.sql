SELECT "shop_orderitem"."order_id",
       "shop_product"."name",
       "shop_orderitem"."quantity",
       "shop_orderitem"."unit_price_cents",
       "shop_product"."price_cents",
       (("shop_product"."price_cents" - "shop_orderitem"."unit_price_cents") * "shop_orderitem"."quantity") AS "discount_cents"
FROM "shop_orderitem"
INNER JOIN "shop_product" ON ("shop_orderitem"."product_id" = "shop_product"."id")
WHERE "shop_orderitem"."unit_price_cents" < ("shop_product"."price_cents")
ORDER BY "shop_orderitem"."id" ASC;
