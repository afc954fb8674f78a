-- Counting rows ignores deleted loans, whose ids are never given out again.
SELECT COUNT(*) + 1 AS next_id
FROM loans;
