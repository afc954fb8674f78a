SELECT s.id, s.name,
       COUNT(e.course_id) AS courses,
       COUNT(e.course_id) - COUNT(e.grade) AS ungraded
FROM students AS s
LEFT JOIN enrollments AS e ON e.student_id = s.id
GROUP BY s.id, s.name
ORDER BY s.id;
