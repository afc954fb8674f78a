DROP TABLE books CASCADE;  -- drops loans' foreign key constraint, not loans
SELECT count(*) AS loans_left FROM loans;
SELECT conname AS constraint_on_loans, contype AS kind
FROM pg_constraint
WHERE conrelid = 'loans'::regclass
ORDER BY conname;
