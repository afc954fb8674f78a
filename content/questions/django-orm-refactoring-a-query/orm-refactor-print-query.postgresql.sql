SELECT "shop_customer"."name"
FROM "shop_customer"
WHERE "shop_customer"."city" = 'London'
ORDER BY "shop_customer"."name" ASC;
