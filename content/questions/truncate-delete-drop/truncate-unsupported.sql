TRUNCATE TABLE loans;  -- valid in PostgreSQL and MySQL, not in SQLite
