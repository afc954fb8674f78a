SELECT "shop_customer"."id",
       "shop_customer"."name",
       "shop_customer"."email",
       "shop_customer"."city",
       "shop_customer"."joined_on",
       COUNT(DISTINCT kept_orders."id") AS "order_count",
       COALESCE(SUM(("shop_orderitem"."quantity" * "shop_orderitem"."unit_price_cents")), 0) AS "spent_cents"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" kept_orders ON ("shop_customer"."id" = kept_orders."customer_id"
                                             AND (NOT (kept_orders."status" = 'cancelled'
                                                       AND kept_orders."status" IS NOT NULL)))
LEFT OUTER JOIN "shop_orderitem" ON (kept_orders."id" = "shop_orderitem"."order_id")
GROUP BY "shop_customer"."id"
ORDER BY "shop_customer"."name" ASC;
