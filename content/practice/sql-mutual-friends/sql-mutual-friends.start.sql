-- people(id, name)
-- friendships(person_id, friend_id, since)
--   each friendship is stored once, in either order
SELECT f.person_id, p.name, f.friend_id, q.name AS friend
FROM friendships AS f
JOIN people AS p ON p.id = f.person_id
JOIN people AS q ON q.id = f.friend_id;
