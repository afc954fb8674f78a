-- Mistake 1: COUNT(*) counts the row the LEFT JOIN adds for a student with no match.
SELECT s.name, COUNT(*) AS courses
FROM students AS s
LEFT JOIN enrollments AS e ON e.student_id = s.id
GROUP BY s.id
ORDER BY s.name;

-- Mistake 2: a WHERE condition on the right-hand table removes those rows again.
SELECT c.code, COUNT(e.student_id) AS a_grades
FROM courses AS c
LEFT JOIN enrollments AS e ON e.course_id = c.id
WHERE e.grade = 'A'
GROUP BY c.id
ORDER BY c.code;
