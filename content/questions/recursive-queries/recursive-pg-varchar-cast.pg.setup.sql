-- name as a Django CharField(max_length=50) makes it.
ALTER TABLE employees ALTER COLUMN name TYPE varchar(50);
