-- LIMIT … OFFSET returns no row at all when there is no second salary, instead of one row holding NULL.
SELECT DISTINCT salary AS second_highest_salary
FROM employees
ORDER BY salary DESC
LIMIT 1 OFFSET 1;
