SELECT "blog_article"."id",
       "blog_article"."author_id",
       "blog_article"."title",
       "blog_article"."published_at",
       "blog_article"."views",
       COUNT("blog_comment"."id") FILTER (
                                          WHERE "blog_comment"."is_approved") AS "comment_count"
FROM "blog_article"
LEFT OUTER JOIN "blog_comment" ON ("blog_article"."id" = "blog_comment"."article_id")
GROUP BY "blog_article"."id"
ORDER BY 6 DESC,
         "blog_article"."published_at" DESC
LIMIT 5;
