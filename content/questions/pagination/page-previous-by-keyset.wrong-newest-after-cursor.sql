-- Keeping the display order inside the LIMIT takes the newest rows after the cursor, which is the first page, not the previous one.
SELECT id, placed_at
FROM orders
WHERE (placed_at, id) > ('2026-02-18 07:30', 6)
ORDER BY placed_at DESC, id DESC
LIMIT 5;
