-- A self-join on the email pairs every copy with every other one, so an address with three copies counts six pairs.
SELECT LOWER(a.email) AS email, COUNT(*) AS copies
FROM contacts AS a
JOIN contacts AS b ON LOWER(b.email) = LOWER(a.email) AND b.id <> a.id
GROUP BY LOWER(a.email)
ORDER BY email;
