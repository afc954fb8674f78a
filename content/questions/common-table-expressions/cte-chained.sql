WITH rep_totals AS (
  SELECT employee_id, COUNT(*) AS deals, SUM(amount) AS total
  FROM deals
  GROUP BY employee_id
),
team_total AS (
  SELECT SUM(total) AS total
  FROM rep_totals             -- a CTE reading the one before it
)
SELECT e.name,
       r.deals,
       r.total,
       ROUND(100.0 * r.total / t.total, 1) AS share_pct
FROM rep_totals AS r
JOIN employees AS e ON e.id = r.employee_id
CROSS JOIN team_total AS t
ORDER BY r.total DESC;
