-- sales(id, sold_on, region, amount_cents)   sold_on is 'YYYY-MM-DD'
SELECT strftime('%Y-%m', sold_on) AS month, SUM(amount_cents) AS total_cents
FROM sales
GROUP BY month
ORDER BY month;
