PRAGMA foreign_keys = ON;

BEGIN;
-- Book 11 does not exist yet; a deferred key lets the review in for now.
INSERT INTO reviews (book_id, stars) VALUES (11, 5);
INSERT INTO books (id, title, author_id, published) VALUES (11, 'The Word for World Is Forest', 1, 1972);
COMMIT;  -- checked here: book 11 exists by now

SELECT r.id, r.book_id, b.title, r.stars
FROM reviews AS r JOIN books AS b ON b.id = r.book_id
ORDER BY r.id;

BEGIN;
INSERT INTO reviews (book_id, stars) VALUES (99, 1);  -- accepted for now…
COMMIT;  -- …and refused at commit: book 99 never appeared
