WITH department_stats AS (
  SELECT department_id, COUNT(*) AS headcount
  FROM employees
  GROUP BY department_id
)
SELECT MAX(headcount) AS largest_department FROM department_stats;

-- A second statement: the CTE above no longer exists.
SELECT * FROM department_stats;
