-- A plain = ignores case in that collation
SELECT "name" FROM "shop_customer" WHERE "email_ci" = 'ALICE@EXAMPLE.COM';
-- startswith, as Django 4.2 writes it: refused
SELECT "name" FROM "shop_customer" WHERE "email_ci"::text LIKE 'alice%';
