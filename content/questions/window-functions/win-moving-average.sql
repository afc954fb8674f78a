SELECT closed_on,
       amount,
       ROUND(AVG(amount) OVER (
         ORDER BY closed_on
         ROWS BETWEEN 2 PRECEDING AND CURRENT ROW      -- this deal and the two before it
       )) AS avg_last_3_deals,
       ROUND(AVG(amount) OVER (
         ORDER BY julianday(closed_on)
         RANGE BETWEEN 30 PRECEDING AND CURRENT ROW    -- every deal of the last 30 days
       )) AS avg_last_30_days
FROM deals
ORDER BY closed_on;
