CREATE EXTENSION pgrowlocks;  -- shows the row locks a table's rows carry
