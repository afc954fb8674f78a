-- The correlated subquery sums every deal of the rep up to the same date, so same-day deals count each other.
SELECT d.id, d.employee_id, d.closed_on, d.amount,
       (SELECT SUM(d2.amount)
        FROM deals AS d2
        WHERE d2.employee_id = d.employee_id
          AND d2.closed_on <= d.closed_on) AS rep_running_total
FROM deals AS d
ORDER BY d.employee_id, d.closed_on, d.id;
