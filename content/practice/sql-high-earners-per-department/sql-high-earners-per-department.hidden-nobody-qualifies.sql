-- Support's manager took a part-time contract.
UPDATE employees SET salary = 95000 WHERE id = 11;
