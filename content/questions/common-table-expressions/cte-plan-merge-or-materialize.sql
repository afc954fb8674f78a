-- 1. Used once, a plain filter: merged into the outer query (the plan names only employees).
EXPLAIN QUERY PLAN
WITH sales AS (SELECT * FROM employees WHERE department_id = 3)
SELECT name FROM sales WHERE salary > 90000;

-- 2. The same CTE with the MATERIALIZED hint: computed into a temporary table first.
EXPLAIN QUERY PLAN
WITH sales AS MATERIALIZED (SELECT * FROM employees WHERE department_id = 3)
SELECT name FROM sales WHERE salary > 90000;

-- 3. Used once, but an aggregate joined to another table (the first example): not merged,
--    run as a co-routine that hands its rows to the outer query one at a time.
EXPLAIN QUERY PLAN
WITH department_stats AS (
  SELECT department_id, COUNT(*) AS headcount FROM employees GROUP BY department_id
)
SELECT d.name, s.headcount
FROM department_stats AS s JOIN departments AS d ON d.id = s.department_id;

-- 4. Used twice (the month-over-month query), even with NOT MATERIALIZED: computed once.
EXPLAIN QUERY PLAN
WITH monthly AS NOT MATERIALIZED (
  SELECT strftime('%Y-%m', closed_on) AS month, SUM(amount) AS total
  FROM deals
  GROUP BY month
)
SELECT cur.month, cur.total, prev.total AS previous_month
FROM monthly AS cur
LEFT JOIN monthly AS prev
  ON prev.month = strftime('%Y-%m', cur.month || '-01', '-1 month');
