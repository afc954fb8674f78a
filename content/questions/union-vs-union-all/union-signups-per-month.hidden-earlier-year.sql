-- Newsletter sign-ups from a year before the shop opened, in months that repeat later (December, January).
INSERT INTO newsletter_subscribers (email, subscribed_on) VALUES
  ('mei@example.com', '2024-12-02'),
  ('omar@example.com', '2025-01-15');
