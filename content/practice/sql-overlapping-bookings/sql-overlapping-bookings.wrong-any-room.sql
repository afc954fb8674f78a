-- Without the room in the join, bookings of different rooms at the same time count as a clash.
SELECT r.name AS room, a.id AS first_booking, b.id AS second_booking
FROM bookings AS a
JOIN bookings AS b
  ON a.id < b.id
 AND a.starts_at < b.ends_at
 AND b.starts_at < a.ends_at
JOIN rooms AS r ON r.id = a.room_id
ORDER BY first_booking, second_booking;
