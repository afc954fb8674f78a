-- daily_weather(id, city, day, max_temp_c)
SELECT id, city, day, max_temp_c
FROM daily_weather
ORDER BY city, day;
