-- Comparing only the column expected to change (returned_on) misses a change to any other column.
WITH backup (id, book_id, borrower, loaned_on, returned_on) AS (
  VALUES
    (1, 1, 'Priya', '2026-01-05', '2026-01-19'),
    (2, 4, 'Sam', '2026-01-08', '2026-01-30'),
    (3, 6, 'Priya', '2026-01-20', '2026-02-02'),
    (4, 8, 'Noor', '2026-02-01', '2026-02-20'),
    (5, 1, 'Sam', '2026-02-03', '2026-02-17'),
    (6, 9, 'Lena', '2026-02-10', '2026-03-01'),
    (7, 2, 'Noor', '2026-02-22', '2026-03-10'),
    (8, 7, 'Priya', '2026-03-02', NULL),
    (9, 4, 'Lena', '2026-03-05', NULL),
    (10, 5, 'Sam', '2026-03-12', NULL)
)
SELECT 'only in loans' AS side, l.id, l.book_id, l.borrower, l.loaned_on, l.returned_on
FROM loans AS l
WHERE NOT EXISTS (SELECT 1 FROM backup AS b WHERE b.id = l.id AND b.returned_on IS l.returned_on)
UNION ALL
SELECT 'only in backup', b.id, b.book_id, b.borrower, b.loaned_on, b.returned_on
FROM backup AS b
WHERE NOT EXISTS (SELECT 1 FROM loans AS l WHERE l.id = b.id AND l.returned_on IS b.returned_on)
ORDER BY id, side;
