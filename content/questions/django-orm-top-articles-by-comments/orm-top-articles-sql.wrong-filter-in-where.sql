-- The approval test in WHERE removes the articles with no approved comment, so they can never make the five.
SELECT a.title, COUNT(c.id) AS comment_count
FROM blog_article AS a
LEFT JOIN blog_comment AS c ON c.article_id = a.id
WHERE c.is_approved = 1
GROUP BY a.id, a.title, a.published_at
ORDER BY comment_count DESC, a.published_at DESC
LIMIT 5;
