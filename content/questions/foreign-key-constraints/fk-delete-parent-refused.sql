PRAGMA foreign_keys = ON;

DELETE FROM departments WHERE name = 'Legal';
SELECT count(*) AS departments_left FROM departments;

DELETE FROM departments WHERE name = 'Engineering';
