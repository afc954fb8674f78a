-- A second student called Chen, in first year, enrolled in one course not yet graded.
INSERT INTO students (id, name, year) VALUES
  (9, 'Chen', 1);
INSERT INTO enrollments (student_id, course_id, enrolled_on, grade) VALUES
  (9, 1, '2026-01-19', NULL);
