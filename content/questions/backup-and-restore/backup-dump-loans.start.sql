-- Table: loans (id, book_id, borrower, loaned_on, returned_on); returned_on is NULL while the book is out.
SELECT 'INSERT INTO loans VALUES(' || id || ',' || book_id || ', …);' AS dump_line
FROM loans
ORDER BY id;
