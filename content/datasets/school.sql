-- A small school: students, courses, and the enrollments that link them (a many-to-many relationship).
-- Used by the many-to-many question.
CREATE TABLE students (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  year INTEGER NOT NULL  -- year of study, 1 to 4
);

CREATE TABLE courses (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  credits INTEGER NOT NULL
);

-- The junction table: one row per (student, course) pair, and facts about that pair.
CREATE TABLE enrollments (
  student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  course_id INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  enrolled_on TEXT NOT NULL,  -- ISO 8601 date
  grade TEXT,                 -- NULL until the course is graded
  PRIMARY KEY (student_id, course_id)
);
-- The primary key's index starts with student_id; this one serves lookups by course.
CREATE INDEX enrollments_course_id ON enrollments (course_id);

INSERT INTO students (id, name, year) VALUES
  (1, 'Amara', 2),
  (2, 'Bruno', 1),
  (3, 'Chen', 3),
  (4, 'Dara', 2),
  (5, 'Elif', 1),
  (6, 'Farid', 4),
  (7, 'Grace', 1),  -- admitted, not enrolled in anything yet
  (8, 'Hugo', 3);   -- on leave this year

INSERT INTO courses (id, code, title, credits) VALUES
  (1, 'CS101', 'Introduction to Programming', 6),
  (2, 'DB201', 'Databases', 6),
  (3, 'WEB210', 'Web Development with Django', 6),
  (4, 'MA110', 'Discrete Mathematics', 5),
  (5, 'PH300', 'Philosophy of Computing', 3);  -- a new elective: nobody has enrolled yet

INSERT INTO enrollments (student_id, course_id, enrolled_on, grade) VALUES
  (1, 1, '2025-09-01', 'A'),
  (1, 2, '2025-09-01', 'A'),
  (1, 3, '2026-01-19', NULL),
  (2, 1, '2025-09-02', 'B'),
  (2, 4, '2025-09-02', 'C'),
  (3, 1, '2025-09-01', 'A'),
  (3, 2, '2025-09-03', 'B'),
  (3, 3, '2026-01-20', NULL),
  (3, 4, '2025-09-03', 'A'),
  (4, 2, '2026-01-19', NULL),
  (5, 1, '2025-09-04', 'C'),
  (5, 3, '2026-01-21', NULL),
  (6, 4, '2025-09-01', 'B');
