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
SELECT 'only in loans' AS side, *
FROM (
  SELECT id, book_id, borrower, loaned_on, returned_on FROM loans
  EXCEPT
  SELECT id, book_id, borrower, loaned_on, returned_on FROM backup
) AS new_or_changed
UNION ALL
SELECT 'only in backup', *
FROM (
  SELECT id, book_id, borrower, loaned_on, returned_on FROM backup
  EXCEPT
  SELECT id, book_id, borrower, loaned_on, returned_on FROM loans
) AS missing_or_old
ORDER BY id, side;
