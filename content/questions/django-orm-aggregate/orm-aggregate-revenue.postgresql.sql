SELECT SUM(("shop_orderitem"."quantity" * "shop_orderitem"."unit_price_cents")) AS "revenue_cents",
       COUNT(DISTINCT "shop_orderitem"."order_id") AS "orders"
FROM "shop_orderitem"
INNER JOIN "shop_order" ON ("shop_orderitem"."order_id" = "shop_order"."id")
WHERE NOT ("shop_order"."status" = 'cancelled');
