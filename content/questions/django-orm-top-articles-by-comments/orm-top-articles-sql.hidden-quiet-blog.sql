-- The comments on two articles were deleted.
DELETE FROM blog_comment WHERE article_id IN (3, 5);
