-- Reading friendships in one direction only misses the friends stored on the other side of a row.
WITH pairs AS (
  SELECT MIN(person_id, friend_id) AS a, MAX(person_id, friend_id) AS b
  FROM friendships
)
SELECT pa.name AS person_a, pb.name AS person_b, COUNT(fb.friend_id) AS mutual_friends
FROM pairs
JOIN people AS pa ON pa.id = pairs.a
JOIN people AS pb ON pb.id = pairs.b
LEFT JOIN friendships AS fa ON fa.person_id = pairs.a
LEFT JOIN friendships AS fb ON fb.person_id = pairs.b AND fb.friend_id = fa.friend_id
GROUP BY pairs.a, pairs.b, pa.name, pb.name
ORDER BY person_a, person_b;
