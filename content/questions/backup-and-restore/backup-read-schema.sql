-- The schema, as SQLite stores it: the CREATE statement of every table and index.
SELECT type, name, sql
FROM sqlite_schema
WHERE name NOT LIKE 'sqlite\_%' ESCAPE '\'  -- internal tables, such as the AUTOINCREMENT counters
ORDER BY rowid;
