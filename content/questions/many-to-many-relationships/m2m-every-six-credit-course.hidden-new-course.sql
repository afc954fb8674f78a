-- A new 6-credit course: Chen and Dara sign up, Amara does not.
INSERT INTO courses (id, code, title, credits) VALUES
  (6, 'SE320', 'Software Engineering', 6);
INSERT INTO enrollments (student_id, course_id, enrolled_on, grade) VALUES
  (3, 6, '2026-01-22', NULL),
  (4, 6, '2026-01-22', NULL);
