-- A flat pay scale: one amount for everyone.
UPDATE employees SET salary = 100000;
