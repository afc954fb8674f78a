SELECT "shop_customer"."name"
FROM "shop_customer"
WHERE "shop_customer"."name" LIKE 'CARLA GÓMEZ' ESCAPE '\';
