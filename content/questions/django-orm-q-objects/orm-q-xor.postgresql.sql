SELECT "shop_product"."name",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE (("shop_product"."stock" = 0
        OR NOT "shop_product"."is_active")
       AND 1 = (CASE
                    WHEN "shop_product"."stock" = 0 THEN 1
                    ELSE 0
                END + CASE
                          WHEN NOT "shop_product"."is_active" THEN 1
                          ELSE 0
                      END))
ORDER BY "shop_product"."id" ASC;
