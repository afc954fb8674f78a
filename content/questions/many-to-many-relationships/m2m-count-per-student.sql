SELECT s.name,
       COUNT(e.course_id) AS courses,        -- counts only matched rows
       COALESCE(SUM(c.credits), 0) AS credits
FROM students AS s
LEFT JOIN enrollments AS e ON e.student_id = s.id
LEFT JOIN courses AS c ON c.id = e.course_id
GROUP BY s.id
ORDER BY courses DESC, s.name;
