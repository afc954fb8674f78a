-- LAG() compares with the previous reading, so after a missing day it compares with two days before.
WITH compared AS (
  SELECT city, day, max_temp_c,
         LAG(max_temp_c) OVER (PARTITION BY city ORDER BY day) AS previous_max_temp_c
  FROM daily_weather
)
SELECT city, day, max_temp_c, previous_max_temp_c
FROM compared
WHERE max_temp_c > previous_max_temp_c
ORDER BY city, day;
