-- Hedy's promotion to senior account executive: exactly 100,000.
UPDATE employees SET salary = 100000 WHERE id = 8;
