SELECT *
FROM
  (SELECT "blog_article"."id" AS "col1",
          "blog_article"."author_id" AS "col2",
          "blog_article"."title" AS "col3",
          "blog_article"."published_at" AS "col4",
          "blog_article"."views" AS "col5",
          COUNT("blog_comment"."id") AS "comment_count",
          RANK() OVER (
                       ORDER BY COUNT("blog_comment"."id") DESC) AS "rank"
   FROM "blog_article"
   LEFT OUTER JOIN "blog_comment" ON ("blog_article"."id" = "blog_comment"."article_id")
   GROUP BY 1
   ORDER BY 7 ASC, "blog_article"."published_at" DESC) "qualify"
WHERE "rank" <= 3
ORDER BY 7 ASC,
         "col4" DESC;
