-- While the reader looks at page 1, order 14 (which was on it) is deleted.
DELETE FROM orders WHERE id = 14;
