-- A refund corrects order 1 (on the first page) from 4800 to 1500 cents, so it now sorts after the cursor.
UPDATE orders SET total_cents = 1500 WHERE id = 1;
