-- A self-join returns a third copy once for each older copy, so the same id comes back twice.
SELECT later.id
FROM contacts AS later
JOIN contacts AS earlier
  ON LOWER(earlier.email) = LOWER(later.email) AND earlier.id < later.id;
