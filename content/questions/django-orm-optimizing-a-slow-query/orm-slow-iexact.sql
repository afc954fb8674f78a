SELECT "shop_customer"."name"
FROM "shop_customer"
WHERE "shop_customer"."email" LIKE 'Alice@Example.com' ESCAPE '\';
