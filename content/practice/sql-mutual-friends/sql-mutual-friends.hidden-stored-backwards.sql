-- Two more friendships, entered by the person with the larger id.
INSERT INTO friendships (person_id, friend_id, since) VALUES
  (7, 6, '2025-10-03'),
  (5, 1, '2025-11-21');
