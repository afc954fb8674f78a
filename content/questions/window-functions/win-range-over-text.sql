-- The 30-day average again, once ordered by the date text and once by its day number.
SELECT closed_on,
       amount,
       ROUND(AVG(amount) OVER (
         ORDER BY closed_on                            -- TEXT: SQLite runs it anyway
         RANGE BETWEEN 30 PRECEDING AND CURRENT ROW
       )) AS avg_by_text,
       ROUND(AVG(amount) OVER (
         ORDER BY julianday(closed_on)                 -- a number of days
         RANGE BETWEEN 30 PRECEDING AND CURRENT ROW
       )) AS avg_by_day_number
FROM deals
ORDER BY closed_on;
