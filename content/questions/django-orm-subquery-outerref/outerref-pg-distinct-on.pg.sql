-- What Django 4.2 sends to PostgreSQL for
-- OrderItem.objects.order_by("product", "-order__created_at", "-pk").distinct("product")
--     .values_list("product__name", "order_id")
SELECT DISTINCT ON ("shop_orderitem"."product_id") "shop_product"."name", "shop_orderitem"."order_id"
FROM "shop_orderitem"
INNER JOIN "shop_product" ON ("shop_orderitem"."product_id" = "shop_product"."id")
INNER JOIN "shop_order" ON ("shop_orderitem"."order_id" = "shop_order"."id")
ORDER BY "shop_orderitem"."product_id" ASC, "shop_order"."created_at" DESC, "shop_orderitem"."id" DESC;
-- Without the leading "product" in order_by(): refused
SELECT DISTINCT ON ("shop_orderitem"."product_id") "shop_orderitem"."id", "shop_orderitem"."order_id"
FROM "shop_orderitem"
INNER JOIN "shop_order" ON ("shop_orderitem"."order_id" = "shop_order"."id")
ORDER BY "shop_order"."created_at" DESC, "shop_orderitem"."id" DESC;
