-- An audit trail: every deleted loan is copied to loans_audit.
CREATE TABLE loans_audit (loan_id INTEGER, borrower TEXT);
CREATE TRIGGER loans_audit_on_delete AFTER DELETE ON loans
BEGIN
  INSERT INTO loans_audit (loan_id, borrower) VALUES (OLD.id, OLD.borrower);
END;
