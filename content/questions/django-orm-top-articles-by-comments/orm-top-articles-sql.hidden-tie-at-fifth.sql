-- Transactions and savepoints gets a second approved comment.
INSERT INTO blog_comment (id, article_id, author_name, body, created_at, is_approved) VALUES
  (24, 5, 'Olga', 'on_commit() saved us from sending emails for rolled-back orders.', '2025-04-05 10:00:00', 1);
