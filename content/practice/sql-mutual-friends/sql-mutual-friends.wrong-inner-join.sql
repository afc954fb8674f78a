-- Inner joins drop every pair of friends who have no friend in common, instead of showing 0.
WITH friends_of AS (
  SELECT person_id AS person, friend_id AS friend FROM friendships
  UNION ALL
  SELECT friend_id, person_id FROM friendships
)
SELECT pa.name AS person_a, pb.name AS person_b, COUNT(*) AS mutual_friends
FROM friendships AS f
JOIN people AS pa ON pa.id = MIN(f.person_id, f.friend_id)
JOIN people AS pb ON pb.id = MAX(f.person_id, f.friend_id)
JOIN friends_of AS fa ON fa.person = pa.id
JOIN friends_of AS fb ON fb.person = pb.id AND fb.friend = fa.friend
GROUP BY pa.id, pb.id, pa.name, pb.name
ORDER BY person_a, person_b;
