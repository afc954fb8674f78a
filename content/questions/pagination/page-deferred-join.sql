-- Deferred join: page through the index for the ids alone, then fetch the full rows of one page.
SELECT o.id, o.placed_at, o.total_cents
FROM orders AS o
JOIN (SELECT id
      FROM orders
      ORDER BY placed_at DESC, id DESC
      LIMIT 5 OFFSET 5) AS page USING (id)
ORDER BY o.placed_at DESC, o.id DESC;

-- The inner query walks only the index (COVERING INDEX); the table is read for the 5 rows of the page.
EXPLAIN QUERY PLAN
SELECT o.id, o.placed_at, o.total_cents
FROM orders AS o
JOIN (SELECT id
      FROM orders
      ORDER BY placed_at DESC, id DESC
      LIMIT 5 OFFSET 5) AS page USING (id)
ORDER BY o.placed_at DESC, o.id DESC;
