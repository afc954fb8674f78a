-- June deletes her account after upgrading.
INSERT INTO profile_changes (id, customer_id, email, plan, city, changed_at, deleted) VALUES
  (10, 103, 'june@example.com', 'pro', 'Porto', '2026-02-20 18:00:00', 1);
