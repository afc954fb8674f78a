SELECT 1 AS value UNION SELECT '1';        -- the untyped '1' is read as an integer: one row
SELECT 1 AS value UNION SELECT '1'::text;  -- an integer and a text: refused
