-- On a date, the offset is an interval: the 30-day average of the deals up to each one.
SELECT closed_on::date AS closed_on,
       amount,
       ROUND(AVG(amount) OVER (
         ORDER BY closed_on::date
         RANGE BETWEEN INTERVAL '30 days' PRECEDING AND CURRENT ROW
       )) AS avg_30_days
FROM deals
ORDER BY closed_on, id;
-- Ordered by the date text, as in SQLite above: PostgreSQL refuses it.
SELECT closed_on,
       amount,
       ROUND(AVG(amount) OVER (
         ORDER BY closed_on
         RANGE BETWEEN 30 PRECEDING AND CURRENT ROW
       )) AS avg_by_text
FROM deals
ORDER BY closed_on;
