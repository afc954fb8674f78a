-- Without the returned_on test, an old loan that is still out is deleted along with the returned ones.
WITH ranked AS (
  SELECT id, book_id, borrower, returned_on,
         ROW_NUMBER() OVER (PARTITION BY book_id ORDER BY loaned_on DESC, id DESC) AS recency
  FROM loans
)
SELECT id, book_id, borrower, returned_on
FROM ranked
WHERE recency > 1
ORDER BY id;
