SELECT "shop_product"."name",
       SUM(("shop_orderitem"."quantity" * "shop_orderitem"."unit_price_cents")) AS "revenue_cents"
FROM "shop_product"
INNER JOIN "shop_category" ON ("shop_product"."category_id" = "shop_category"."id")
LEFT OUTER JOIN "shop_orderitem" ON ("shop_product"."id" = "shop_orderitem"."product_id")
WHERE "shop_category"."name" = 'Electronics'
GROUP BY "shop_product"."id"
ORDER BY 2 DESC;
