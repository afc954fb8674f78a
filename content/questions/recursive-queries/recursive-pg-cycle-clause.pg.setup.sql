-- Bad data, as above: Linus now reports to Margaret, who reports to Linus.
UPDATE employees SET manager_id = 3 WHERE name = 'Linus';
