-- The largest id still in the table is not the largest ever used: AUTOINCREMENT never reuses the ids of deleted rows.
SELECT COALESCE(MAX(id), 0) + 1 AS next_id
FROM loans;
