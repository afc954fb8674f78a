-- query 1 of 4
BEGIN;

-- query 2 of 4
INSERT INTO "shop_tag" ("name")
VALUES ('refurbished'),
       ('limited') RETURNING "shop_tag"."id";

-- query 3 of 4
INSERT INTO "shop_tag" ("name")
VALUES ('imported') RETURNING "shop_tag"."id";

-- query 4 of 4
COMMIT;
