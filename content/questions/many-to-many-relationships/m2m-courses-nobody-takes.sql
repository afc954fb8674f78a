-- An anti-join: courses for which no enrollment exists.
SELECT c.code
FROM courses AS c
WHERE NOT EXISTS (SELECT 1 FROM enrollments AS e WHERE e.course_id = c.id)
ORDER BY c.code;

-- The same question with NOT IN over a list that contains a NULL returns nothing:
-- Grace and Hugo have no enrollments, so the LEFT JOIN gives them a NULL course_id,
-- and "id NOT IN (…, NULL)" is never true.
SELECT c.code
FROM courses AS c
WHERE c.id NOT IN (
  SELECT e.course_id
  FROM students AS s
  LEFT JOIN enrollments AS e ON e.student_id = s.id
)
ORDER BY c.code;
