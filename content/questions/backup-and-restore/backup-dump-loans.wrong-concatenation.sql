-- Plain concatenation makes the whole line NULL for a loan whose returned_on is NULL.
SELECT 'INSERT INTO loans VALUES(' || id || ',' || book_id || ',''' || borrower || ''','''
       || loaned_on || ''',''' || returned_on || ''');' AS dump_line
FROM loans
ORDER BY id;
