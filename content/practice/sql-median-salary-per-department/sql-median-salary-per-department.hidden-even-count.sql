-- Frances is promoted to team lead with a raise; Support's four salaries are now all different.
UPDATE employees SET salary = 80500 WHERE id = 12;
