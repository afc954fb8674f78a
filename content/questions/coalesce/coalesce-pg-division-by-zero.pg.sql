-- NULLIF turns the zero divisor into NULL, so the division gives NULL; without it PostgreSQL fails.
SELECT 10 / NULLIF(0, 0) AS guarded;
SELECT 10 / 0 AS unguarded;
