-- The shop and its blog: the tables of the Django project in content/django/ (apps `shop` and
-- `blog`), with a year of orders from 2024-07-01 to 2025-06-30 UTC. Code that needs "now" uses
-- 2025-07-01 00:00 UTC, the day after the last order. Used by every Django ORM question.
-- Money is in integer cents (price_cents, unit_price_cents); datetimes are UTC text, as Django
-- stores them on SQLite; booleans are 0/1.
--
-- BEGIN SCHEMA: what Django creates for content/django/*/models.py on SQLite; written by npm run orm:update
CREATE TABLE "shop_customer" (
  "id" integer NOT NULL PRIMARY KEY AUTOINCREMENT,
  "name" varchar(100) NOT NULL,
  "email" varchar(254) NOT NULL UNIQUE,
  "city" varchar(100) NOT NULL,
  "joined_on" date NOT NULL
);

CREATE TABLE "shop_category" (
  "id" integer NOT NULL PRIMARY KEY AUTOINCREMENT,
  "name" varchar(100) NOT NULL UNIQUE
);

CREATE TABLE "shop_tag" (
  "id" integer NOT NULL PRIMARY KEY AUTOINCREMENT,
  "name" varchar(50) NOT NULL UNIQUE
);

CREATE TABLE "shop_product" (
  "id" integer NOT NULL PRIMARY KEY AUTOINCREMENT,
  "name" varchar(200) NOT NULL,
  "category_id" bigint NOT NULL REFERENCES "shop_category" ("id") DEFERRABLE INITIALLY DEFERRED,
  "price_cents" integer unsigned NOT NULL CHECK ("price_cents" >= 0),
  "stock" integer unsigned NOT NULL CHECK ("stock" >= 0),
  "is_active" bool NOT NULL
);

CREATE TABLE "shop_product_tags" (
  "id" integer NOT NULL PRIMARY KEY AUTOINCREMENT,
  "product_id" bigint NOT NULL REFERENCES "shop_product" ("id") DEFERRABLE INITIALLY DEFERRED,
  "tag_id" bigint NOT NULL REFERENCES "shop_tag" ("id") DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE "shop_order" (
  "id" integer NOT NULL PRIMARY KEY AUTOINCREMENT,
  "customer_id" bigint NOT NULL REFERENCES "shop_customer" ("id") DEFERRABLE INITIALLY DEFERRED,
  "created_at" datetime NOT NULL,
  "status" varchar(10) NOT NULL,
  "shipped_at" datetime NULL
);

CREATE TABLE "shop_orderitem" (
  "id" integer NOT NULL PRIMARY KEY AUTOINCREMENT,
  "order_id" bigint NOT NULL REFERENCES "shop_order" ("id") DEFERRABLE INITIALLY DEFERRED,
  "product_id" bigint NOT NULL REFERENCES "shop_product" ("id") DEFERRABLE INITIALLY DEFERRED,
  "quantity" integer unsigned NOT NULL CHECK ("quantity" >= 0),
  "unit_price_cents" integer unsigned NOT NULL CHECK ("unit_price_cents" >= 0),
  CONSTRAINT "one_item_per_product_per_order" UNIQUE ("order_id", "product_id")
);

CREATE TABLE "blog_author" (
  "id" integer NOT NULL PRIMARY KEY AUTOINCREMENT,
  "name" varchar(100) NOT NULL
);

CREATE TABLE "blog_article" (
  "id" integer NOT NULL PRIMARY KEY AUTOINCREMENT,
  "author_id" bigint NOT NULL REFERENCES "blog_author" ("id") DEFERRABLE INITIALLY DEFERRED,
  "title" varchar(200) NOT NULL,
  "published_at" datetime NOT NULL,
  "views" integer unsigned NOT NULL CHECK ("views" >= 0)
);

CREATE TABLE "blog_comment" (
  "id" integer NOT NULL PRIMARY KEY AUTOINCREMENT,
  "article_id" bigint NOT NULL REFERENCES "blog_article" ("id") DEFERRABLE INITIALLY DEFERRED,
  "author_name" varchar(100) NOT NULL,
  "body" text NOT NULL,
  "created_at" datetime NOT NULL,
  "is_approved" bool NOT NULL
);

CREATE INDEX "shop_product_category_id_14d7eea8" ON "shop_product" ("category_id");
CREATE UNIQUE INDEX "shop_product_tags_product_id_tag_id_a244154e_uniq" ON "shop_product_tags" ("product_id", "tag_id");
CREATE INDEX "shop_product_tags_product_id_9a158885" ON "shop_product_tags" ("product_id");
CREATE INDEX "shop_product_tags_tag_id_dd30c4fb" ON "shop_product_tags" ("tag_id");
CREATE INDEX "shop_order_customer_id_f638df20" ON "shop_order" ("customer_id");
CREATE INDEX "shop_orderitem_order_id_2f1b00cf" ON "shop_orderitem" ("order_id");
CREATE INDEX "shop_orderitem_product_id_48153f22" ON "shop_orderitem" ("product_id");
CREATE INDEX "blog_article_author_id_905add38" ON "blog_article" ("author_id");
CREATE INDEX "blog_comment_article_id_3d58bca6" ON "blog_comment" ("article_id");
-- END SCHEMA

INSERT INTO "shop_customer" ("id", "name", "email", "city", "joined_on") VALUES
  (1, 'Alice Martin', 'alice@example.com', 'Paris', '2023-02-14'),
  (2, 'Bob Chen', 'bob@example.com', 'London', '2023-05-02'),
  (3, 'Carla Gómez', 'carla@example.com', 'Madrid', '2023-09-19'),
  (4, 'David Okafor', 'david@example.com', 'Lagos', '2024-01-08'),
  (5, 'Emma Novak', 'emma@example.com', 'Prague', '2024-03-27'),
  (6, 'Farid Haddad', 'farid@example.com', 'London', '2024-06-11'),
  (7, 'Grace Kim', 'grace@example.com', 'Seoul', '2024-11-30'),
  (8, 'Hugo Lambert', 'hugo@example.com', 'Paris', '2025-04-05');  -- no orders yet

INSERT INTO "shop_category" ("id", "name") VALUES
  (1, 'Electronics'),
  (2, 'Books'),
  (3, 'Kitchen'),
  (4, 'Garden');  -- no products yet

INSERT INTO "shop_tag" ("id", "name") VALUES
  (1, 'bestseller'),
  (2, 'new'),
  (3, 'sale'),
  (4, 'gift'),
  (5, 'eco'),
  (6, 'clearance');  -- on no product

-- Prices are the current ones; an order item keeps the price paid at the time.
INSERT INTO "shop_product" ("id", "name", "category_id", "price_cents", "stock", "is_active") VALUES
  (1, 'Laptop Pro 14', 1, 149900, 8, 1),
  (2, 'Wireless Mouse', 1, 2499, 120, 1),
  (3, 'Noise-Cancelling Headphones', 1, 19900, 25, 1),
  (4, 'USB-C Hub', 1, 3999, 0, 1),
  (5, 'Mechanical Keyboard', 1, 12900, 14, 1),   -- never ordered
  (6, 'The Pragmatic Programmer', 2, 4200, 30, 1),
  (7, 'Designing Data-Intensive Applications', 2, 4800, 12, 1),
  (8, 'SQL Performance Explained', 2, 3500, 0, 1),
  (9, 'Clean Architecture', 2, 3800, 7, 0),       -- no longer sold
  (10, 'Chef''s Knife', 3, 8900, 15, 1),
  (11, 'Espresso Machine', 3, 39900, 3, 1),
  (12, 'Cast Iron Skillet', 3, 4500, 22, 1);

INSERT INTO "shop_product_tags" ("id", "product_id", "tag_id") VALUES
  (1, 1, 1), (2, 1, 4),
  (3, 2, 1), (4, 2, 3),
  (5, 3, 4), (6, 3, 2),
  (7, 4, 3),
  (8, 5, 2),
  (9, 6, 1), (10, 6, 4),
  (11, 7, 1),
  (12, 8, 3),
  (13, 9, 3),
  (14, 10, 4), (15, 10, 5),
  (16, 11, 2), (17, 11, 4),
  (18, 12, 5), (19, 12, 1);

-- Twelve months of orders, 2024-07-01 to 2025-06-30 (UTC, as Django stores them with USE_TZ).
INSERT INTO "shop_order" ("id", "customer_id", "created_at", "status", "shipped_at") VALUES
  (1, 1, '2024-07-03 09:15:00', 'shipped', '2024-07-05 14:00:00'),
  (2, 2, '2024-07-21 18:40:00', 'shipped', '2024-07-23 10:30:00'),
  (3, 1, '2024-08-09 12:05:00', 'shipped', '2024-08-12 09:00:00'),
  (4, 3, '2024-09-14 20:30:00', 'shipped', '2024-09-17 11:15:00'),
  (5, 4, '2024-10-02 08:45:00', 'cancelled', NULL),
  (6, 2, '2024-10-28 16:20:00', 'shipped', '2024-10-30 13:45:00'),
  (7, 5, '2024-11-15 11:10:00', 'shipped', '2024-11-18 15:20:00'),
  (8, 1, '2024-11-29 22:05:00', 'shipped', '2024-12-02 10:00:00'),
  (9, 6, '2024-12-12 10:30:00', 'shipped', '2024-12-16 09:40:00'),
  (10, 3, '2024-12-20 19:55:00', 'shipped', '2024-12-23 12:00:00'),
  (11, 2, '2025-01-08 13:25:00', 'shipped', '2025-01-10 16:30:00'),
  (12, 7, '2025-01-26 09:50:00', 'shipped', '2025-01-29 11:00:00'),
  (13, 4, '2025-02-14 17:35:00', 'shipped', '2025-02-17 10:20:00'),
  (14, 1, '2025-03-03 08:15:00', 'shipped', '2025-03-05 14:45:00'),
  (15, 5, '2025-03-22 15:00:00', 'cancelled', NULL),
  (16, 2, '2025-04-18 12:40:00', 'shipped', '2025-04-22 09:30:00'),
  (17, 6, '2025-05-09 19:10:00', 'shipped', '2025-05-13 10:10:00'),
  (18, 3, '2025-05-30 10:05:00', 'paid', NULL),
  (19, 1, '2025-06-21 14:30:00', 'paid', NULL),
  (20, 7, '2025-06-28 21:45:00', 'pending', NULL);

INSERT INTO "shop_orderitem" ("id", "order_id", "product_id", "quantity", "unit_price_cents") VALUES
  (1, 1, 1, 1, 139900),   -- the laptop cost less in 2024
  (2, 1, 2, 1, 2499),
  (3, 2, 6, 1, 4200),
  (4, 2, 7, 1, 4800),
  (5, 3, 3, 1, 19900),
  (6, 4, 10, 1, 8900),
  (7, 4, 12, 2, 4500),
  (8, 5, 11, 1, 39900),
  (9, 6, 8, 2, 3500),
  (10, 6, 2, 1, 2499),
  (11, 7, 1, 1, 139900),
  (12, 7, 4, 2, 3999),
  (13, 8, 3, 2, 14900),   -- Black Friday prices
  (14, 8, 6, 1, 3800),
  (15, 9, 9, 1, 3800),
  (16, 9, 12, 1, 4500),
  (17, 10, 11, 1, 34900),
  (18, 10, 10, 1, 8900),
  (19, 11, 7, 1, 4800),
  (20, 12, 2, 3, 2499),
  (21, 13, 1, 1, 149900),
  (22, 14, 6, 2, 4200),
  (23, 14, 7, 1, 4800),
  (24, 15, 3, 1, 19900),
  (25, 16, 4, 1, 3999),
  (26, 16, 2, 2, 2499),
  (27, 17, 12, 1, 4500),
  (28, 17, 10, 2, 8900),
  (29, 18, 7, 2, 4800),
  (30, 19, 3, 1, 19900),
  (31, 19, 2, 1, 2499),
  (32, 20, 6, 1, 4200);

INSERT INTO "blog_author" ("id", "name") VALUES
  (1, 'Ines Duarte'),
  (2, 'Tom Becker'),
  (3, 'Mei Lin');

INSERT INTO "blog_article" ("id", "author_id", "title", "published_at", "views") VALUES
  (1, 1, 'Indexes explained with a phone book', '2025-01-10 09:00:00', 1520),
  (2, 2, 'Why your page runs 101 queries', '2025-02-03 08:30:00', 2310),
  (3, 1, 'Window functions for monthly reports', '2025-02-20 10:00:00', 870),
  (4, 3, 'Migrations without downtime', '2025-03-15 07:45:00', 640),
  (5, 2, 'Transactions and savepoints', '2025-04-02 12:00:00', 455),
  (6, 3, 'Keyset pagination', '2025-05-11 09:30:00', 980),
  (7, 1, 'NULL is not a value', '2025-06-18 16:00:00', 120);  -- no comments yet

INSERT INTO "blog_comment" ("id", "article_id", "author_name", "body", "created_at", "is_approved") VALUES
  (1, 1, 'Sam', 'The phone book analogy finally made it click.', '2025-01-10 11:20:00', 1),
  (2, 1, 'Priya', 'What about covering indexes?', '2025-01-11 08:05:00', 1),
  (3, 1, 'Leo', 'Composite index column order matters too.', '2025-01-12 19:40:00', 1),
  (4, 1, 'Nora', 'Great post!', '2025-01-15 07:30:00', 1),
  (5, 2, 'Priya', 'We had exactly this on our order list page.', '2025-02-03 09:10:00', 1),
  (6, 2, 'Kenji', 'select_related fixed it for us.', '2025-02-03 10:45:00', 1),
  (7, 2, 'Sam', 'And prefetch_related for the many-to-many side.', '2025-02-03 12:00:00', 1),
  (8, 2, 'Olga', 'django-debug-toolbar shows the duplicates.', '2025-02-04 14:25:00', 1),
  (9, 2, 'Leo', 'assertNumQueries in tests keeps it fixed.', '2025-02-05 16:50:00', 1),
  (10, 2, 'Marc', 'Buy cheap watches here!!!', '2025-02-06 03:15:00', 0),
  (11, 2, 'Nora', 'Bookmarked.', '2025-02-10 18:00:00', 1),
  (12, 3, 'Kenji', 'ROWS vs RANGE tripped me up.', '2025-02-21 09:30:00', 1),
  (13, 3, 'Olga', 'Running totals without self-joins, nice.', '2025-02-22 13:15:00', 1),
  (14, 4, 'Sam', 'Expand and contract, in two deploys.', '2025-03-15 10:00:00', 1),
  (15, 4, 'Priya', 'Adding a NOT NULL column with a default locked our table.', '2025-03-16 11:40:00', 1),
  (16, 4, 'Leo', 'Backfill in batches is the key.', '2025-03-17 15:20:00', 1),
  (17, 4, 'Marc', 'Cheap watches, follow the link', '2025-03-18 02:50:00', 0),
  (18, 4, 'Nora', 'What about renaming a column?', '2025-03-20 08:10:00', 1),
  (19, 5, 'Kenji', 'Savepoints inside atomic() were news to me.', '2025-04-03 09:00:00', 1),
  (20, 6, 'Olga', 'OFFSET 100000 was killing our API.', '2025-05-11 12:30:00', 1),
  (21, 6, 'Sam', 'How do you go back a page with keysets?', '2025-05-12 17:45:00', 1),
  (22, 6, 'Priya', 'Remember a unique tiebreaker column.', '2025-05-13 10:05:00', 1),
  (23, 6, 'Marc', 'Watches!!!', '2025-05-14 04:00:00', 0);
