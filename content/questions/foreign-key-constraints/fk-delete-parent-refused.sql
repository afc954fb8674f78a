PRAGMA foreign_keys = ON;

DELETE FROM departments WHERE name = 'Legal';
DELETE FROM departments WHERE name = 'Engineering';
