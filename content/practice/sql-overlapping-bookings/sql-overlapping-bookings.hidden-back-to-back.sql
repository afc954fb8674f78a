-- Cem takes Atlas right after Ben's meeting, from 10:30.
INSERT INTO bookings (id, room_id, booked_by, starts_at, ends_at) VALUES
  (8, 1, 'Cem', '2026-05-04 10:30', '2026-05-04 11:00');
