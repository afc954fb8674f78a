-- West's only third-quarter sale was returned and removed.
DELETE FROM sales WHERE id = 29;
