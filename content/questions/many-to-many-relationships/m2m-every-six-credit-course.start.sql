-- Tables: students (id, name, year), courses (id, code, title, credits),
-- enrollments (student_id, course_id, enrolled_on, grade).
SELECT s.id, s.name
FROM students AS s
ORDER BY s.id;
