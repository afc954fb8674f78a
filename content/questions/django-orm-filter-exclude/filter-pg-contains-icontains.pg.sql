-- What Django 4.2 sends to PostgreSQL for name__contains="pro", then for name__icontains="pro"
SELECT "shop_product"."name" FROM "shop_product" WHERE "shop_product"."name"::text LIKE '%pro%' ORDER BY "shop_product"."id" ASC;
SELECT "shop_product"."name" FROM "shop_product" WHERE UPPER("shop_product"."name"::text) LIKE UPPER('%pro%') ORDER BY "shop_product"."id" ASC;
