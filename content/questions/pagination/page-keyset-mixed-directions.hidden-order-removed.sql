-- The biggest order, on the first page, is deleted before the next page is fetched.
DELETE FROM orders WHERE id = 3;
