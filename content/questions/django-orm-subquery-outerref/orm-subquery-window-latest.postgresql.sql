SELECT *
FROM
  (SELECT "shop_orderitem"."id" AS "col1",
          "shop_orderitem"."order_id" AS "col2",
          "shop_orderitem"."product_id" AS "col3",
          "shop_orderitem"."quantity" AS "col4",
          "shop_orderitem"."unit_price_cents" AS "col5",
          ROW_NUMBER() OVER (PARTITION BY "shop_orderitem"."product_id"
                             ORDER BY "shop_order"."created_at" DESC, "shop_orderitem"."id" DESC) AS "row",
                            "shop_order"."id" AS "col6",
                            "shop_order"."customer_id" AS "col7",
                            "shop_order"."created_at" AS "col8",
                            "shop_order"."status" AS "col9",
                            "shop_order"."shipped_at" AS "col10",
                            "shop_product"."id" AS "col11",
                            "shop_product"."name" AS "col12",
                            "shop_product"."category_id" AS "col13",
                            "shop_product"."price_cents" AS "col14",
                            "shop_product"."stock" AS "col15",
                            "shop_product"."is_active" AS "col16"
   FROM "shop_orderitem"
   INNER JOIN "shop_product" ON ("shop_orderitem"."product_id" = "shop_product"."id")
   INNER JOIN "shop_order" ON ("shop_orderitem"."order_id" = "shop_order"."id")
   INNER JOIN "shop_category" ON ("shop_product"."category_id" = "shop_category"."id")
   WHERE "shop_category"."name" = 'Kitchen'
   ORDER BY "shop_product"."name" ASC) "qualify"
WHERE "row" = 1
ORDER BY "col12" ASC;
