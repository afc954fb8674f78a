-- Sam's first loan of Kindred was deleted from the table after the backup was taken.
DELETE FROM loans WHERE id = 2;
