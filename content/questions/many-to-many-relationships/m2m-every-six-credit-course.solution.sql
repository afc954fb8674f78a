SELECT s.id, s.name
FROM students AS s
JOIN enrollments AS e ON e.student_id = s.id
JOIN courses AS c ON c.id = e.course_id
WHERE c.credits = 6
GROUP BY s.id, s.name
HAVING COUNT(*) = (SELECT COUNT(*) FROM courses WHERE credits = 6)
ORDER BY s.id;
