-- Bilal's raise brings him level with his manager, Marcus.
UPDATE staff SET salary = 180000 WHERE id = 4;
