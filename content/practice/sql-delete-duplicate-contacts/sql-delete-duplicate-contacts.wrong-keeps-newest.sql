-- Ordering the copies by id descending keeps the newest sign-up instead of the first one.
SELECT id
FROM (
  SELECT id,
         ROW_NUMBER() OVER (PARTITION BY LOWER(email) ORDER BY id DESC) AS copy_number
  FROM contacts
  WHERE email IS NOT NULL
) AS numbered
WHERE copy_number > 1;
