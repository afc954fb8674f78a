-- Chen is already enrolled in DB201 (student 3, course 2).
INSERT INTO enrollments (student_id, course_id, enrolled_on)
VALUES (3, 2, '2026-02-01');
