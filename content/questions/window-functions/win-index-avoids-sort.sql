-- The index (department_id, salary) gives the rows in department order, but the window
-- also orders by hired_on, so SQLite sorts that last term within each department.
EXPLAIN QUERY PLAN
SELECT name, RANK() OVER (PARTITION BY department_id ORDER BY hired_on) FROM employees;

-- A window on exactly the index's columns reads the rows in its order: no sort at all.
EXPLAIN QUERY PLAN
SELECT name, RANK() OVER (PARTITION BY department_id ORDER BY salary) FROM employees;
