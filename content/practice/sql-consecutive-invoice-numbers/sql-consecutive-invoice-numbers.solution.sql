WITH labelled AS (
  SELECT number, number - ROW_NUMBER() OVER (ORDER BY number) AS run
  FROM invoices
)
SELECT MIN(number) AS first_number, MAX(number) AS last_number, COUNT(*) AS invoices
FROM labelled
GROUP BY run
ORDER BY first_number;
