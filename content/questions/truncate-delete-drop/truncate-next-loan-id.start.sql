-- Tables: loans (id INTEGER PRIMARY KEY AUTOINCREMENT, …) and SQLite's own sqlite_sequence (name, seq).
SELECT NULL AS next_id;
