SELECT "shop_order"."status",
       COUNT("shop_order"."id") AS "n"
FROM "shop_order"
GROUP BY "shop_order"."status"
ORDER BY 2 DESC,
         "shop_order"."status" ASC
LIMIT 1;
