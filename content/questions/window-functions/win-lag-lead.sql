-- Each rep's deals next to their previous and next deal; one named window serves all three.
SELECT e.name,
       d.closed_on,
       d.amount,
       LAG(d.amount)  OVER rep_deals AS previous_amount,
       d.amount - LAG(d.amount) OVER rep_deals AS change,
       LEAD(d.closed_on) OVER rep_deals AS next_deal_on
FROM deals AS d
JOIN employees AS e ON e.id = d.employee_id
WHERE e.name IN ('Hedy', 'Joan')
WINDOW rep_deals AS (PARTITION BY d.employee_id ORDER BY d.closed_on)
ORDER BY e.name, d.closed_on;
