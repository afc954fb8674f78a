-- Table: articles (id, title, body, published_on).
SELECT id, title
FROM articles
WHERE body LIKE '%sql%'
ORDER BY id;
