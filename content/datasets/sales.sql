-- A small wholesaler's sales over two years, 2024 and 2025, in three regions. Used by the practice
-- problems on month-over-month and year-over-year change, percent of total, and pivoting.
-- Awkward rows: no sales at all in August 2024 (the warehouse moved) or April 2025 (closed for a
-- refit), so a month can be missing; several sales in some months.
-- Money is in cents (integers), so sums are exact.
CREATE TABLE sales (
  id INTEGER PRIMARY KEY,
  sold_on TEXT NOT NULL,   -- ISO 8601 date
  region TEXT,             -- 'North', 'South' or 'West'; NULL when not assigned to a region
  amount_cents INTEGER NOT NULL
);

INSERT INTO sales (id, sold_on, region, amount_cents) VALUES
  (1, '2024-01-09', 'North', 120000),
  (2, '2024-01-23', 'South', 80000),
  (3, '2024-02-14', 'North', 95000),
  (4, '2024-03-05', 'West', 60000),
  (5, '2024-03-27', 'South', 70000),
  (6, '2024-04-11', 'North', 110000),
  (7, '2024-05-08', 'South', 90000),
  (8, '2024-06-19', 'West', 75000),
  (9, '2024-07-02', 'North', 130000),
  -- August 2024: no sales
  (10, '2024-09-16', 'South', 85000),
  (11, '2024-10-07', 'West', 65000),
  (12, '2024-10-29', 'North', 100000),
  (13, '2024-11-13', 'South', 95000),
  (14, '2024-11-28', 'North', 150000),
  (15, '2024-12-10', 'West', 80000),
  (16, '2024-12-20', 'North', 140000),
  (17, '2025-01-08', 'North', 125000),
  (18, '2025-01-30', 'South', 90000),
  (19, '2025-02-12', 'West', 70000),
  (20, '2025-02-26', 'North', 105000),
  (21, '2025-03-06', 'South', 100000),
  (22, '2025-03-20', 'North', 80000),
  -- April 2025: no sales
  (23, '2025-05-07', 'West', 90000),
  (24, '2025-05-21', 'North', 115000),
  (25, '2025-06-04', 'South', 95000),
  (26, '2025-06-25', 'West', 60000),
  (27, '2025-07-09', 'North', 140000),
  (28, '2025-08-13', 'South', 85000),
  (29, '2025-08-27', 'West', 55000),
  (30, '2025-09-10', 'North', 120000),
  (31, '2025-10-01', 'South', 110000),
  (32, '2025-10-22', 'West', 75000),
  (33, '2025-11-05', 'North', 160000),
  (34, '2025-11-28', 'South', 130000),
  (35, '2025-12-09', 'West', 95000),
  (36, '2025-12-18', 'North', 150000);
