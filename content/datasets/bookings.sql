-- An office's meeting rooms and their bookings for one day. Used by the practice problem on
-- overlapping bookings. Awkward rows: a booking inside another one, the same hour booked in two
-- different rooms.
CREATE TABLE rooms (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);

CREATE TABLE bookings (
  id INTEGER PRIMARY KEY,
  room_id INTEGER NOT NULL REFERENCES rooms (id),
  booked_by TEXT NOT NULL,
  starts_at TEXT NOT NULL,  -- 'YYYY-MM-DD HH:MM'
  ends_at TEXT NOT NULL,    -- the booking ends at this time, exclusive
  CHECK (ends_at > starts_at)
);

INSERT INTO rooms (id, name) VALUES
  (1, 'Atlas'),
  (2, 'Borealis');

INSERT INTO bookings (id, room_id, booked_by, starts_at, ends_at) VALUES
  (1, 1, 'Ana', '2026-05-04 09:00', '2026-05-04 10:00'),
  (2, 1, 'Ben', '2026-05-04 09:30', '2026-05-04 10:30'),
  (3, 2, 'Fay', '2026-05-04 09:00', '2026-05-04 10:00'),   -- same hour as Ana, another room
  (4, 1, 'Dia', '2026-05-04 12:00', '2026-05-04 15:00'),
  (5, 1, 'Eli', '2026-05-04 13:00', '2026-05-04 13:30'),   -- inside Dia's booking
  (6, 2, 'Gus', '2026-05-04 11:00', '2026-05-04 12:30'),
  (7, 2, 'Hal', '2026-05-04 14:00', '2026-05-04 16:00');
