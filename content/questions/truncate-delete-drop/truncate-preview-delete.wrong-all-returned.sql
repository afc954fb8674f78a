-- Every returned loan is selected, including the one that is its book's most recent loan.
SELECT l.id, l.book_id, l.borrower, l.returned_on
FROM loans AS l
WHERE l.returned_on IS NOT NULL
ORDER BY l.id;
