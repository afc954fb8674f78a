SELECT c.code,
       COUNT(e.student_id) AS students,
       COUNT(e.student_id) FILTER (WHERE e.grade = 'A') AS a_grades
FROM courses AS c
LEFT JOIN enrollments AS e ON e.course_id = c.id
GROUP BY c.id
ORDER BY c.code;
