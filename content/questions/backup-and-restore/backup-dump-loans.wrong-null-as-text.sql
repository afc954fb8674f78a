-- COALESCE inside the quotes writes the text 'NULL', which a restore loads as a four-letter string instead of a missing value.
SELECT 'INSERT INTO loans VALUES(' || id || ',' || book_id || ',''' || borrower || ''','''
       || loaned_on || ''',''' || COALESCE(returned_on, 'NULL') || ''');' AS dump_line
FROM loans
ORDER BY id;
