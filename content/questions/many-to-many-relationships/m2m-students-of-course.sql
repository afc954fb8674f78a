SELECT s.name, s.year, e.enrolled_on
FROM courses AS c
JOIN enrollments AS e ON e.course_id = c.id
JOIN students AS s ON s.id = e.student_id
WHERE c.code = 'WEB210'
ORDER BY s.name;
