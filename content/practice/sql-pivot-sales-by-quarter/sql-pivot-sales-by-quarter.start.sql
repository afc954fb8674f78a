-- sales(id, sold_on, region, amount_cents)   sold_on is 'YYYY-MM-DD'
SELECT region, sold_on, CAST(strftime('%m', sold_on) AS INTEGER) AS month,
       amount_cents
FROM sales
WHERE sold_on LIKE '2025-%'
ORDER BY region, sold_on;
