-- Tables: blog_article (id, title, published_at, …),
--         blog_comment (article_id, is_approved, …)
SELECT a.title
FROM blog_article AS a
LIMIT 5;
