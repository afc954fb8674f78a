-- Bad data: Tim is entered as reporting to Edsger, who is two levels below him.
UPDATE employees SET manager_id = 14 WHERE id = 11;
