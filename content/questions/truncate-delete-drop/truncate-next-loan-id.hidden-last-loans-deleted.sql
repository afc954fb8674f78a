-- The two most recent loans were entered by mistake and deleted.
DELETE FROM loans WHERE id IN (11, 12);
