-- A small social network: people and their friendships. A friendship goes both ways but is
-- stored once, and nothing fixes which of the two people is person_id (so far the person with
-- the smaller id has always been first). Used by the practice problem on mutual friends.
-- Awkward rows: friends with no friend in common, a person with no friends.
CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL
);

CREATE TABLE friendships (
  person_id INTEGER NOT NULL REFERENCES people (id),
  friend_id INTEGER NOT NULL REFERENCES people (id),
  since TEXT NOT NULL,  -- ISO 8601 date
  PRIMARY KEY (person_id, friend_id),
  CHECK (person_id <> friend_id)
);

INSERT INTO people (id, name) VALUES
  (1, 'Ana'),
  (2, 'Ben'),
  (3, 'Cem'),
  (4, 'Dia'),
  (5, 'Eli'),
  (6, 'Fay'),
  (7, 'Gus');  -- no friends yet

INSERT INTO friendships (person_id, friend_id, since) VALUES
  (1, 2, '2024-03-10'),
  (1, 3, '2024-05-22'),
  (1, 4, '2024-06-01'),
  (2, 3, '2024-09-14'),
  (2, 4, '2025-01-08'),
  (3, 5, '2025-02-19'),
  (4, 5, '2025-04-30'),
  (5, 6, '2025-07-12');
