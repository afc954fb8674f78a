-- Counting all of a student's enrollments, not only their 6-credit ones, rejects a student who also takes another course.
SELECT s.id, s.name
FROM students AS s
JOIN enrollments AS e ON e.student_id = s.id
GROUP BY s.id, s.name
HAVING COUNT(*) = (SELECT COUNT(*) FROM courses WHERE credits = 6)
ORDER BY s.id;
