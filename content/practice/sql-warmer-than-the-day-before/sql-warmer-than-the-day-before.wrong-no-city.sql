-- Without the city in the join, each day is compared with both cities' readings of the day before.
SELECT today.city, today.day, today.max_temp_c, yesterday.max_temp_c AS previous_max_temp_c
FROM daily_weather AS today
JOIN daily_weather AS yesterday ON yesterday.day = date(today.day, '-1 day')
WHERE today.max_temp_c > yesterday.max_temp_c
ORDER BY today.city, today.day;
