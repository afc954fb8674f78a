-- Keeping the highest id assumes rows were entered in the order the loans happened, so a loan typed in late is kept instead of the latest one.
SELECT l.id, l.book_id, l.borrower, l.returned_on
FROM loans AS l
WHERE l.returned_on IS NOT NULL
  AND l.id NOT IN (SELECT MAX(id) FROM loans GROUP BY book_id)
ORDER BY l.id;
