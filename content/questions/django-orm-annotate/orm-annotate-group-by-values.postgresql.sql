SELECT "shop_order"."status",
       COUNT("shop_order"."id") AS "order_count"
FROM "shop_order"
GROUP BY "shop_order"."status"
ORDER BY "shop_order"."status" ASC;
