-- Foreign keys are not checked until this connection asks: course 99 does not exist.
INSERT INTO enrollments (student_id, course_id, enrolled_on) VALUES (7, 99, '2026-02-01');
SELECT student_id, course_id FROM enrollments WHERE course_id = 99;

-- Turning checks on does not look at rows already stored; foreign_key_check does.
PRAGMA foreign_keys = ON;
PRAGMA foreign_key_check;
INSERT INTO enrollments (student_id, course_id, enrolled_on) VALUES (8, 98, '2026-02-01');
