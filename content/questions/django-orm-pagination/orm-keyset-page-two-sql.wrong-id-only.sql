-- Seeking on id alone assumes ids follow creation time; an order imported late has a larger id and an older date.
SELECT o.id, o.created_at
FROM shop_order AS o
WHERE o.id < 16
ORDER BY o.created_at DESC, o.id DESC
LIMIT 5;
