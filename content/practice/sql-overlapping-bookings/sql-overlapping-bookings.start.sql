-- rooms(id, name)
-- bookings(id, room_id, booked_by, starts_at, ends_at)   'YYYY-MM-DD HH:MM'
SELECT b.id, r.name AS room, b.starts_at, b.ends_at
FROM bookings AS b
JOIN rooms AS r ON r.id = b.room_id
ORDER BY room, b.starts_at;
