SELECT "shop_customer"."id",
       "shop_customer"."name",
       "shop_customer"."email",
       "shop_customer"."city",
       "shop_customer"."joined_on"
FROM "shop_customer"
WHERE "shop_customer"."city" = 'London'
ORDER BY "shop_customer"."joined_on" ASC
LIMIT 1;
