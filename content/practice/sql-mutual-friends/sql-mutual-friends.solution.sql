WITH pairs AS (
  SELECT MIN(person_id, friend_id) AS a, MAX(person_id, friend_id) AS b
  FROM friendships
),
friends_of AS (
  SELECT person_id AS person, friend_id AS friend FROM friendships
  UNION ALL
  SELECT friend_id, person_id FROM friendships
)
SELECT pa.name AS person_a, pb.name AS person_b, COUNT(fb.friend) AS mutual_friends
FROM pairs
JOIN people AS pa ON pa.id = pairs.a
JOIN people AS pb ON pb.id = pairs.b
LEFT JOIN friends_of AS fa ON fa.person = pairs.a
LEFT JOIN friends_of AS fb ON fb.person = pairs.b AND fb.friend = fa.friend
GROUP BY pairs.a, pairs.b, pa.name, pb.name
ORDER BY person_a, person_b;
