-- A corrected reading: Lisbon on 7 July was as hot as on 6 July.
UPDATE daily_weather SET max_temp_c = 32.0 WHERE city = 'Lisbon' AND day = '2026-07-07';
