-- Daily maximum temperatures from two weather stations over a week in July 2026. Used by the
-- practice problem on days warmer than the day before. Awkward rows: the Oslo station was offline
-- on 5 July, so that day has no reading; the rows of the two cities are interleaved.
CREATE TABLE daily_weather (
  id INTEGER PRIMARY KEY,   -- the order the readings were loaded
  city TEXT NOT NULL,
  day TEXT NOT NULL,        -- ISO 8601 date
  max_temp_c REAL NOT NULL,
  UNIQUE (city, day)
);

INSERT INTO daily_weather (id, city, day, max_temp_c) VALUES
  (1, 'Lisbon', '2026-07-01', 27.5),
  (2, 'Oslo', '2026-07-01', 21.0),
  (3, 'Lisbon', '2026-07-02', 29.0),
  (4, 'Oslo', '2026-07-02', 19.5),
  (5, 'Lisbon', '2026-07-03', 31.5),
  (6, 'Oslo', '2026-07-03', 22.5),
  (7, 'Lisbon', '2026-07-04', 30.0),
  (8, 'Oslo', '2026-07-04', 20.0),
  (9, 'Lisbon', '2026-07-05', 28.5),
  -- Oslo, 5 July: station offline
  (10, 'Lisbon', '2026-07-06', 32.0),
  (11, 'Oslo', '2026-07-06', 24.0),
  (12, 'Lisbon', '2026-07-07', 30.5),
  (13, 'Oslo', '2026-07-07', 25.5),
  (14, 'Lisbon', '2026-07-08', 33.0),
  (15, 'Oslo', '2026-07-08', 23.0);
