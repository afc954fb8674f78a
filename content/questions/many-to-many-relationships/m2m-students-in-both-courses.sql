-- Students enrolled in both DB201 and WEB210: keep their enrollments in either course,
-- then keep the students who have one row for each of the two.
SELECT s.name
FROM students AS s
JOIN enrollments AS e ON e.student_id = s.id
JOIN courses AS c ON c.id = e.course_id
WHERE c.code IN ('DB201', 'WEB210')
GROUP BY s.id
HAVING COUNT(DISTINCT c.code) = 2
ORDER BY s.name;
