-- Sales after Katherine's raise to Hedy and Alan's level: two different salaries left there.
UPDATE employees SET salary = 95000 WHERE id = 10;
