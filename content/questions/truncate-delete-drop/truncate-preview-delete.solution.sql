SELECT l.id, l.book_id, l.borrower, l.returned_on
FROM loans AS l
WHERE l.returned_on IS NOT NULL
  AND EXISTS (
    SELECT 1
    FROM loans AS later
    WHERE later.book_id = l.book_id
      AND (later.loaned_on > l.loaned_on
           OR (later.loaned_on = l.loaned_on AND later.id > l.id))
  )
ORDER BY l.id;
