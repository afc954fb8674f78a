-- Iris books Borealis for the whole afternoon, over Hal's meeting.
INSERT INTO bookings (id, room_id, booked_by, starts_at, ends_at) VALUES
  (8, 2, 'Iris', '2026-05-04 13:00', '2026-05-04 17:00');
