-- Ordering by id takes the previous reading loaded, which is the previous day only if readings were loaded in date order.
WITH compared AS (
  SELECT city, day, max_temp_c,
         LAG(day) OVER (PARTITION BY city ORDER BY id) AS previous_day,
         LAG(max_temp_c) OVER (PARTITION BY city ORDER BY id) AS previous_max_temp_c
  FROM daily_weather
)
SELECT city, day, max_temp_c, previous_max_temp_c
FROM compared
WHERE previous_day = date(day, '-1 day') AND max_temp_c > previous_max_temp_c
ORDER BY city, day;
