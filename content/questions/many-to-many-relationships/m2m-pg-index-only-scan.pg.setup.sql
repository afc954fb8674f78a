-- The alternative to enrollments_course_id: both ids, course first.
CREATE INDEX enrollments_course_student ON enrollments (course_id, student_id);
