-- Four ways to count A grades per course. Only SUM(condition) gives NULL for
-- courses whose joined rows are all NULL (PH300: no students; WEB210: nobody graded yet).
SELECT c.code,
       COUNT(e.student_id) FILTER (WHERE e.grade = 'A') AS with_filter,
       COUNT(CASE WHEN e.grade = 'A' THEN 1 END) AS count_case,
       SUM(e.grade = 'A') AS sum_condition,
       COALESCE(SUM(e.grade = 'A'), 0) AS coalesce_sum
FROM courses AS c
LEFT JOIN enrollments AS e ON e.course_id = c.id
GROUP BY c.id
ORDER BY c.code;
