-- Discrete Mathematics is reworked into a 6-credit course: only Chen takes it along with the other three.
UPDATE courses SET credits = 6 WHERE code = 'MA110';
