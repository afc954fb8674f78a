SELECT "shop_customer"."name"
FROM "shop_customer"
WHERE UPPER("shop_customer"."email"::text) = UPPER('Alice@Example.com');
