-- sales(id, sold_on, region, amount_cents)   sold_on is 'YYYY-MM-DD'
SELECT region, SUM(amount_cents) AS revenue_cents
FROM sales
WHERE sold_on >= '2025-01-01' AND sold_on < '2026-01-01'
GROUP BY region;
