-- Comparing dates only, a loan returned and followed by another on the same day has no strictly later loan, so it is kept.
SELECT l.id, l.book_id, l.borrower, l.returned_on
FROM loans AS l
WHERE l.returned_on IS NOT NULL
  AND l.loaned_on < (SELECT MAX(later.loaned_on) FROM loans AS later WHERE later.book_id = l.book_id)
ORDER BY l.id;
