-- One row per department: department, headcount
SELECT d.name AS department
FROM departments AS d;
