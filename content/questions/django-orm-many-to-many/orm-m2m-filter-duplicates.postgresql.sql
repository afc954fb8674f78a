-- query 1 of 3
SELECT "shop_order"."id"
FROM "shop_order"
INNER JOIN "shop_orderitem" ON ("shop_order"."id" = "shop_orderitem"."order_id")
INNER JOIN "shop_product" ON ("shop_orderitem"."product_id" = "shop_product"."id")
INNER JOIN "shop_category" ON ("shop_product"."category_id" = "shop_category"."id")
WHERE "shop_category"."name" = 'Electronics'
ORDER BY "shop_order"."id" ASC;

-- query 2 of 3
SELECT DISTINCT "shop_order"."id",
                "shop_orderitem"."quantity"
FROM "shop_order"
INNER JOIN "shop_orderitem" ON ("shop_order"."id" = "shop_orderitem"."order_id")
INNER JOIN "shop_product" ON ("shop_orderitem"."product_id" = "shop_product"."id")
INNER JOIN "shop_category" ON ("shop_product"."category_id" = "shop_category"."id")
WHERE "shop_category"."name" = 'Electronics'
ORDER BY "shop_orderitem"."quantity" ASC,
         "shop_order"."id" ASC;

-- query 3 of 3
SELECT DISTINCT "shop_order"."id"
FROM "shop_order"
INNER JOIN "shop_orderitem" ON ("shop_order"."id" = "shop_orderitem"."order_id")
INNER JOIN "shop_product" ON ("shop_orderitem"."product_id" = "shop_product"."id")
INNER JOIN "shop_category" ON ("shop_product"."category_id" = "shop_category"."id")
WHERE "shop_category"."name" = 'Electronics'
ORDER BY "shop_order"."id" ASC;
