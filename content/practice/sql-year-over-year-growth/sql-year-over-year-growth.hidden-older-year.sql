-- The first year of trading, 2023, added from the old system.
INSERT INTO sales (id, sold_on, region, amount_cents) VALUES
  (37, '2023-01-17', 'North', 60000),
  (38, '2023-05-09', 'South', 45000),
  (39, '2023-08-22', 'North', 70000),
  (40, '2023-11-30', 'West', 50000);
