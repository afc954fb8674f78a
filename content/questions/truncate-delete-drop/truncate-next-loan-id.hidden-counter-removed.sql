-- The counter's row was deleted by hand, and so were the four loans still out.
DELETE FROM sqlite_sequence WHERE name = 'loans';
DELETE FROM loans WHERE returned_on IS NULL;
