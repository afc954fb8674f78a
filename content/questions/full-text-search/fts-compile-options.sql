-- How this SQLite was built: the FTS lines of PRAGMA compile_options.
SELECT compile_options FROM pragma_compile_options WHERE compile_options LIKE '%FTS%';

SELECT sqlite_compileoption_used('ENABLE_FTS5') AS fts5_built_in;
