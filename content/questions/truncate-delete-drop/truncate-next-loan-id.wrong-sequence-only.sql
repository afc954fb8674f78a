-- Reading sqlite_sequence alone returns no row once the table's counter row is gone, although the table still holds ids the next one must exceed.
SELECT seq + 1 AS next_id
FROM sqlite_sequence
WHERE name = 'loans';
