-- Grouping by region keeps the unassigned sales, but their group is named NULL rather than 'Unassigned'.
SELECT region,
       SUM(amount_cents) AS revenue_cents,
       ROUND(100.0 * SUM(amount_cents) / SUM(SUM(amount_cents)) OVER (), 1) AS pct_of_total
FROM sales
WHERE sold_on >= '2025-01-01' AND sold_on < '2026-01-01'
GROUP BY region
ORDER BY revenue_cents DESC, region;
