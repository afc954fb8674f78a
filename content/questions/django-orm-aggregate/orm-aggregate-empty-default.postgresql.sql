-- query 1 of 2
SELECT SUM(("shop_orderitem"."quantity" * "shop_orderitem"."unit_price_cents")) AS "revenue_cents",
       COUNT("shop_orderitem"."id") AS "items"
FROM "shop_orderitem"
INNER JOIN "shop_product" ON ("shop_orderitem"."product_id" = "shop_product"."id")
INNER JOIN "shop_category" ON ("shop_product"."category_id" = "shop_category"."id")
WHERE "shop_category"."name" = 'Garden';

-- query 2 of 2
SELECT COALESCE(SUM(("shop_orderitem"."quantity" * "shop_orderitem"."unit_price_cents")), 0) AS "revenue_cents"
FROM "shop_orderitem"
INNER JOIN "shop_product" ON ("shop_orderitem"."product_id" = "shop_product"."id")
INNER JOIN "shop_category" ON ("shop_product"."category_id" = "shop_category"."id")
WHERE "shop_category"."name" = 'Garden';
