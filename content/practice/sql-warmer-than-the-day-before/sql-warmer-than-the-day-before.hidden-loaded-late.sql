-- Oslo's reading for 5 July is recovered from the station's memory and loaded last.
INSERT INTO daily_weather (id, city, day, max_temp_c) VALUES
  (16, 'Oslo', '2026-07-05', 21.5);
