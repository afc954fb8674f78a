-- Partitioning by the email as typed keeps both Ana@Example.com and ana@example.com.
SELECT id
FROM (
  SELECT id,
         ROW_NUMBER() OVER (PARTITION BY email ORDER BY id) AS copy_number
  FROM contacts
  WHERE email IS NOT NULL
) AS numbered
WHERE copy_number > 1;
