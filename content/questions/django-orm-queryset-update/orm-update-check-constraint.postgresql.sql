UPDATE "shop_product"
SET "stock" = ("shop_product"."stock" - 5)
WHERE "shop_product"."id" IN
    (SELECT U0."id"
     FROM "shop_product" U0
     INNER JOIN "shop_category" U1 ON (U0."category_id" = U1."id")
     WHERE U1."name" = 'Books');
