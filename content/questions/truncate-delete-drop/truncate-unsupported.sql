SELECT count(*) AS loans FROM loans;

TRUNCATE TABLE loans;  -- valid in PostgreSQL and MySQL, not in SQLite
