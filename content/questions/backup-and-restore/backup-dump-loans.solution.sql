SELECT 'INSERT INTO loans VALUES(' || quote(id) || ',' || quote(book_id) || ',' || quote(borrower) || ','
       || quote(loaned_on) || ',' || quote(returned_on) || ');' AS dump_line
FROM loans
ORDER BY id;
