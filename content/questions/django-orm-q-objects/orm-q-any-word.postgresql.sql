SELECT "shop_product"."name"
FROM "shop_product"
WHERE (UPPER("shop_product"."name"::text) LIKE UPPER('%laptop%')
       OR UPPER("shop_product"."name"::text) LIKE UPPER('%mouse%')
       OR UPPER("shop_product"."name"::text) LIKE UPPER('%knife%'))
ORDER BY "shop_product"."id" ASC;
