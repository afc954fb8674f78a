-- Outside a transaction it takes effect at once: the rows and the definition are gone.
DROP TABLE loans;
SELECT * FROM loans;
