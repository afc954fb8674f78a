-- Support hires a second lead on Tim's salary: two people now share first place there.
INSERT INTO employees (id, name, department_id, manager_id, salary, hired_on) VALUES
  (15, 'Grace', 4, 1, 110000, '2025-03-03');
