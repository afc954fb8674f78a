SELECT
  docid,
  title,
  -- offsets() lists four numbers per matched term occurrence in this row.
  (length(offsets(articles_fts)) - length(replace(offsets(articles_fts), ' ', '')) + 1) / 4 AS hits,
  snippet(articles_fts, '[', ']', '…', -1, 8) AS excerpt
FROM articles_fts
WHERE articles_fts MATCH 'database OR query'
ORDER BY hits DESC, docid;
