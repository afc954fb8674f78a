WITH quartered AS (
  SELECT region, amount_cents,
         (CAST(strftime('%m', sold_on) AS INTEGER) + 2) / 3 AS quarter
  FROM sales
  WHERE sold_on >= '2025-01-01' AND sold_on < '2026-01-01' AND region IS NOT NULL
)
SELECT region,
       SUM(CASE WHEN quarter = 1 THEN amount_cents ELSE 0 END) AS q1_cents,
       SUM(CASE WHEN quarter = 2 THEN amount_cents ELSE 0 END) AS q2_cents,
       SUM(CASE WHEN quarter = 3 THEN amount_cents ELSE 0 END) AS q3_cents,
       SUM(CASE WHEN quarter = 4 THEN amount_cents ELSE 0 END) AS q4_cents
FROM quartered
GROUP BY region
ORDER BY region;
