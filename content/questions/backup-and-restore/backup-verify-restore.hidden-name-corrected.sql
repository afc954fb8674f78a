-- A typo fixed after the backup: loan 6 was Noor's, not Lena's.
UPDATE loans SET borrower = 'Noor' WHERE id = 6;
