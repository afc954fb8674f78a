-- IN finds students enrolled in at least one 6-credit course, not in all of them.
SELECT s.id, s.name
FROM students AS s
WHERE s.id IN (
  SELECT e.student_id
  FROM enrollments AS e
  JOIN courses AS c ON c.id = e.course_id
  WHERE c.credits = 6
)
ORDER BY s.id;
