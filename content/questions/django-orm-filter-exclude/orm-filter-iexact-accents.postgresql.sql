SELECT "shop_customer"."name"
FROM "shop_customer"
WHERE UPPER("shop_customer"."name"::text) = UPPER('CARLA GÓMEZ');
