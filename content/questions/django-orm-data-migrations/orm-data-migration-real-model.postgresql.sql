-- query 1 of 8
BEGIN;

-- query 2 of 8
SELECT c.conname,
       array
  (SELECT attname
   FROM unnest(c.conkey) WITH
   ORDINALITY cols(colid, arridx)
   JOIN pg_attribute AS ca ON cols.colid = ca.attnum
   WHERE ca.attrelid = c.conrelid
   ORDER BY cols.arridx),
       c.contype,
  (SELECT fkc.relname || '.' || fka.attname
   FROM pg_attribute AS fka
   JOIN pg_class AS fkc ON fka.attrelid = fkc.oid
   WHERE fka.attrelid = c.confrelid
     AND fka.attnum = c.confkey[1]), cl.reloptions
FROM pg_constraint AS c
JOIN pg_class AS cl ON c.conrelid = cl.oid
WHERE cl.relname = 'shop_product'
  AND pg_catalog.pg_table_is_visible(cl.oid);

-- query 3 of 8
SELECT indexname,
       array_agg(attname
                 ORDER BY arridx),
       indisunique,
       indisprimary,
       array_agg(ordering
                 ORDER BY arridx),
       amname,
       exprdef,
       s2.attoptions
FROM
  (SELECT c2.relname as indexname,
          idx.*,
          attr.attname,
          am.amname,
          CASE
              WHEN idx.indexprs IS NOT NULL THEN pg_get_indexdef(idx.indexrelid)
          END AS exprdef,
          CASE am.amname
              WHEN 'btree' THEN CASE (option & 1)
                                    WHEN 1 THEN 'DESC'
                                    ELSE 'ASC'
                                END
          END as ordering,
          c2.reloptions as attoptions
   FROM
     (SELECT *
      FROM pg_index i,
           unnest(i.indkey, i.indoption) WITH
      ORDINALITY koi(key, option, arridx)) idx
   LEFT JOIN pg_class c ON idx.indrelid = c.oid
   LEFT JOIN pg_class c2 ON idx.indexrelid = c2.oid
   LEFT JOIN pg_am am ON c2.relam = am.oid
   LEFT JOIN pg_attribute attr ON attr.attrelid = c.oid
   AND attr.attnum = idx.key
   WHERE c.relname = 'shop_product'
     AND pg_catalog.pg_table_is_visible(c.oid) ) s2
GROUP BY indexname,
         indisunique,
         indisprimary,
         amname,
         exprdef,
         attoptions;;

-- query 4 of 8
ALTER TABLE "shop_product"
DROP CONSTRAINT "shop_product_stock_check";

-- query 5 of 8
ALTER TABLE "shop_product" RENAME COLUMN "stock" TO "units_in_stock";

-- query 6 of 8
ALTER TABLE "shop_product" ADD CONSTRAINT "shop_product_units_in_stock_81681db5_check" CHECK ("units_in_stock" >= 0);

-- query 7 of 8
COMMIT;

-- query 8 of 8
UPDATE "shop_product"
SET "stock" = 10
WHERE "shop_product"."stock" = 0;
