-- Quoting by hand handles NULL but not a quote inside the text, which ends the string early and breaks the restore.
SELECT 'INSERT INTO loans VALUES(' || id || ',' || book_id || ',''' || borrower || ''','''
       || loaned_on || ''',' || CASE WHEN returned_on IS NULL THEN 'NULL' ELSE '''' || returned_on || '''' END
       || ');' AS dump_line
FROM loans
ORDER BY id;
