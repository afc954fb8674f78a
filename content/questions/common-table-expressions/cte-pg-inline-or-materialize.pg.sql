-- 1. Used once: inlined (the plan scans employees with both filters).
EXPLAIN (COSTS OFF)
WITH sales AS (SELECT * FROM employees WHERE department_id = 3)
SELECT name FROM sales WHERE salary > 90000;

-- 2. The same CTE with the MATERIALIZED hint: computed first (CTE sales), then scanned.
EXPLAIN (COSTS OFF)
WITH sales AS MATERIALIZED (SELECT * FROM employees WHERE department_id = 3)
SELECT name FROM sales WHERE salary > 90000;

-- 3. Used twice (each salesperson beside their manager in sales): computed once, scanned twice.
EXPLAIN (COSTS OFF)
WITH sales AS (SELECT * FROM employees WHERE department_id = 3)
SELECT report.name, manager.name AS manager
FROM sales AS report JOIN sales AS manager ON manager.id = report.manager_id;

-- 4. The same with NOT MATERIALIZED: inlined into both places, employees is read twice.
EXPLAIN (COSTS OFF)
WITH sales AS NOT MATERIALIZED (SELECT * FROM employees WHERE department_id = 3)
SELECT report.name, manager.name AS manager
FROM sales AS report JOIN sales AS manager ON manager.id = report.manager_id;
