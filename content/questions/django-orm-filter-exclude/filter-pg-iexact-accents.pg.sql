-- What Django 4.2 sends to PostgreSQL for name__iexact="CARLA GÓMEZ"
SELECT "shop_customer"."name" FROM "shop_customer" WHERE UPPER("shop_customer"."name"::text) = UPPER('CARLA GÓMEZ');
-- Why it matches: the database's LC_CTYPE, and what upper() does under the C collation
SHOW lc_ctype;
SELECT upper('Gómez') AS database_default, upper('Gómez' COLLATE "C") AS c_collation;
