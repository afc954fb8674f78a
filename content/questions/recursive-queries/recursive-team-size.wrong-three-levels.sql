-- Three fixed levels of self-joins stop counting at the third level, so a deeper reporting line is cut short.
SELECT m.id, m.name,
       COUNT(DISTINCT e1.id) + COUNT(DISTINCT e2.id) + COUNT(DISTINCT e3.id) AS team_size
FROM employees AS m
JOIN employees AS e1 ON e1.manager_id = m.id
LEFT JOIN employees AS e2 ON e2.manager_id = e1.id
LEFT JOIN employees AS e3 ON e3.manager_id = e2.id
GROUP BY m.id, m.name
ORDER BY m.id;
