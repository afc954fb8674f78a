-- The data part of a dump: one INSERT per row, values written as SQL literals by quote().
SELECT 'INSERT INTO books VALUES(' || quote(id) || ',' || quote(title) || ','
       || quote(author_id) || ',' || quote(published) || ');' AS dump_line
FROM books
ORDER BY id;
