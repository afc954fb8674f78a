SELECT
  docid,
  title,
  -- offsets() gives four numbers per match: count the numbers, divide by 4.
  (length(offsets(articles_fts))
    - length(replace(offsets(articles_fts), ' ', '')) + 1) / 4 AS hits,
  snippet(articles_fts, '[', ']', '…', -1, 8) AS excerpt
FROM articles_fts
WHERE articles_fts MATCH 'database OR query'
ORDER BY hits DESC, docid;
