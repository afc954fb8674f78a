-- OFFSET counts rows from the top, so every order placed since the first page pushes the page down.
SELECT o.id, o.created_at
FROM shop_order AS o
ORDER BY o.created_at DESC, o.id DESC
LIMIT 5 OFFSET 5;
