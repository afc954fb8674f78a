SELECT "shop_product"."name"
FROM "shop_product"
WHERE NOT (EXISTS
             (SELECT 1 AS "a"
              FROM "shop_product_tags" U1
              INNER JOIN "shop_tag" U2 ON (U1."tag_id" = U2."id")
              WHERE (U2."name" = 'sale'
                     AND U1."product_id" = ("shop_product"."id"))
              LIMIT 1))
ORDER BY "shop_product"."id" ASC;
