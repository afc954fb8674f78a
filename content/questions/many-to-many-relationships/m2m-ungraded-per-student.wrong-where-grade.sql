-- The WHERE on the joined table runs after the join and removes every student whose enrollments are all graded, or who has none.
SELECT s.id, s.name,
       COUNT(e.course_id) AS courses,
       COUNT(e.course_id) AS ungraded
FROM students AS s
LEFT JOIN enrollments AS e ON e.student_id = s.id
WHERE e.grade IS NULL
GROUP BY s.id, s.name
ORDER BY s.id;
