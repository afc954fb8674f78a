-- Taking person_id as the smaller id assumes every row is stored smaller-first; a row stored backwards comes out as (larger, smaller).
WITH friends_of AS (
  SELECT person_id AS person, friend_id AS friend FROM friendships
  UNION ALL
  SELECT friend_id, person_id FROM friendships
)
SELECT pa.name AS person_a, pb.name AS person_b, COUNT(fb.friend) AS mutual_friends
FROM friendships AS f
JOIN people AS pa ON pa.id = f.person_id
JOIN people AS pb ON pb.id = f.friend_id
LEFT JOIN friends_of AS fa ON fa.person = f.person_id
LEFT JOIN friends_of AS fb ON fb.person = f.friend_id AND fb.friend = fa.friend
GROUP BY f.person_id, f.friend_id, pa.name, pb.name
ORDER BY person_a, person_b;
