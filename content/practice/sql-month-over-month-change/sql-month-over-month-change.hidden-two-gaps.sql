-- September 2025's only sale turned out to be a duplicate and was removed.
DELETE FROM sales WHERE id = 30;
