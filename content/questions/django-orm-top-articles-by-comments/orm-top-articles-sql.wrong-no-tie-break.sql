-- Without the published_at tie-breaker, LIMIT 5 keeps whichever tied article the grouping happens to put first.
SELECT a.title, COUNT(c.id) AS comment_count
FROM blog_article AS a
LEFT JOIN blog_comment AS c ON c.article_id = a.id AND c.is_approved = 1
GROUP BY a.id, a.title
ORDER BY comment_count DESC
LIMIT 5;
