SELECT "blog_article"."id",
       "blog_article"."author_id",
       "blog_article"."title",
       "blog_article"."published_at",
       "blog_article"."views",
       COUNT("blog_comment"."id") AS "comment_count"
FROM "blog_article"
LEFT OUTER JOIN "blog_comment" ON ("blog_article"."id" = "blog_comment"."article_id")
INNER JOIN "blog_comment" T3 ON ("blog_article"."id" = T3."article_id")
WHERE T3."is_approved"
GROUP BY "blog_article"."id"
ORDER BY 6 DESC,
         "blog_article"."published_at" DESC;
