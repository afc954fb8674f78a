-- 100 * SUM(…) / total divides integers, so every share is truncated to a whole percent.
SELECT COALESCE(region, 'Unassigned') AS region,
       SUM(amount_cents) AS revenue_cents,
       ROUND(100 * SUM(amount_cents) / SUM(SUM(amount_cents)) OVER (), 1) AS pct_of_total
FROM sales
WHERE sold_on >= '2025-01-01' AND sold_on < '2026-01-01'
GROUP BY COALESCE(region, 'Unassigned')
ORDER BY revenue_cents DESC, region;
