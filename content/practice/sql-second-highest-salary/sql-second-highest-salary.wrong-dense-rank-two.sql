-- Filtering on DENSE_RANK() = 2 returns one row per employee at that salary, and no row when there is none.
SELECT salary AS second_highest_salary
FROM (
  SELECT salary, DENSE_RANK() OVER (ORDER BY salary DESC) AS salary_rank
  FROM employees
) AS ranked
WHERE salary_rank = 2;
