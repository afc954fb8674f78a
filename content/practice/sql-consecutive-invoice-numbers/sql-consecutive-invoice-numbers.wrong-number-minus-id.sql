-- number - id assumes invoices were entered in number order; one entered late gets a different label from its neighbours.
SELECT MIN(number) AS first_number, MAX(number) AS last_number, COUNT(*) AS invoices
FROM invoices
GROUP BY number - id
ORDER BY first_number;
