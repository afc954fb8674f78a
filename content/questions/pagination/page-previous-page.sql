-- "Previous page" from page 2, whose first row is order 11 (2026-03-20 19:45):
-- take the 5 rows just before it by reversing the sort and the comparison, then flip them back.
SELECT id, placed_at, total_cents
FROM (SELECT id, placed_at, total_cents
      FROM orders
      WHERE (placed_at, id) > ('2026-03-20 19:45', 11)
      ORDER BY placed_at ASC, id ASC
      LIMIT 5) AS previous_page
ORDER BY placed_at DESC, id DESC;
