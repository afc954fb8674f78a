DELETE FROM loans;

-- The trigger ran once per deleted row.
SELECT count(*) AS audit_rows, min(loan_id) AS first_id, max(loan_id) AS last_id
FROM loans_audit;
