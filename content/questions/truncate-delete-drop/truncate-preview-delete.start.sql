-- Table: loans (id, book_id, borrower, loaned_on, returned_on); returned_on is NULL while the book is out.
SELECT l.id, l.book_id, l.borrower, l.returned_on
FROM loans AS l
WHERE l.returned_on IS NOT NULL
ORDER BY l.id;
