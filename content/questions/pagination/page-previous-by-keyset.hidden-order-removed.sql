-- Order 9, on the page being fetched, was deleted.
DELETE FROM orders WHERE id = 9;
